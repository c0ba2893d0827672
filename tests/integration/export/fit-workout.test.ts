import { Decoder, Stream, type WorkoutStepMesg } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import type { WorkoutDefinition, WorkoutStep } from '../../../src-main/common/domain/workouts/workout-schema';
import { encodeFitWorkout } from '../../../src-main/node/export/fit-workout';
import { FIXED_STAMP, fixedPlan, libraryWorkout, THRESHOLDS } from '../../unit/domain/export/export-fixture';
import { expectGolden } from '../../unit/domain/export/golden';

function decode(bytes: Uint8Array) {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.isFIT()).toBe(true);
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  return messages;
}

/** What the watch will do for one planned step, in the decoder's terms. */
function expectedStep(step: WorkoutStep): Record<string, unknown> {
  const duration =
    step.duration.type === 'time'
      ? { durationType: 'time', durationTime: step.duration.seconds }
      : step.duration.type === 'distance'
        ? { durationType: 'distance', durationDistance: step.duration.meters }
        : { durationType: 'open' };
  const t = step.target;
  const bpm = (percent: number) => Math.round((THRESHOLDS.lthr * percent) / 100) + 100;
  const speed = (seconds: number, metres: number, percent: number) =>
    Math.round((metres / seconds) * percent * 10) / 1000;
  const target =
    t.type === 'ftpPercent'
      ? { targetType: 'power', customTargetPowerLow: t.range.low, customTargetPowerHigh: t.range.high }
      : t.type === 'lthrPercent'
        ? {
            targetType: 'heartRate',
            customTargetHeartRateLow: bpm(t.range.low),
            customTargetHeartRateHigh: bpm(t.range.high),
          }
        : t.type === 'thresholdPacePercent'
          ? {
              targetType: 'speed',
              customTargetSpeedLow: speed(THRESHOLDS.thresholdPace, 1000, t.range.low),
              customTargetSpeedHigh: speed(THRESHOLDS.thresholdPace, 1000, t.range.high),
            }
          : t.type === 'cssPercent'
            ? {
                targetType: 'speed',
                customTargetSpeedLow: speed(THRESHOLDS.css, 100, t.range.low),
                customTargetSpeedHigh: speed(THRESHOLDS.css, 100, t.range.high),
              }
            : t.type === 'powerZone'
              ? { targetType: 'power', targetPowerZone: t.zone }
              : t.type === 'hrZone'
                ? { targetType: 'heartRate', targetHrZone: t.zone }
                : { targetType: 'open' };
  return { ...duration, ...target };
}

function expectStepsEqualPlan(def: WorkoutDefinition, decoded: WorkoutStepMesg[]) {
  let index = 0;
  for (const element of def.steps) {
    if (element.kind === 'step') {
      expect(decoded[index], `${def.name} step ${index}`).toMatchObject(expectedStep(element));
      index += 1;
      continue;
    }
    const first = index;
    for (const step of element.steps) {
      expect(decoded[index], `${def.name} step ${index}`).toMatchObject(expectedStep(step));
      index += 1;
    }
    expect(decoded[index]).toMatchObject({
      durationType: 'repeatUntilStepsCmplt',
      durationStep: first,
      repeatSteps: element.count,
    });
    index += 1;
  }
  expect(decoded).toHaveLength(index);
}

describe('FIT workout files', () => {
  it.each(fixedPlan().sessions.map((s) => [s.name, s.definition] as const))(
    '%s decodes with the FIT SDK into the planned steps',
    (_name, def) => {
      const { bytes } = encodeFitWorkout(def, THRESHOLDS, { createdAt: FIXED_STAMP, poolLengthMeters: 25 });
      const messages = decode(bytes);
      expect(messages.fileIdMesgs?.[0]).toMatchObject({ type: 'workout', timeCreated: FIXED_STAMP });
      expect(messages.workoutMesgs?.[0]).toMatchObject({
        wktName: def.name,
        numValidSteps: messages.workoutStepMesgs?.length,
      });
      expectStepsEqualPlan(def, messages.workoutStepMesgs ?? []);
    },
  );

  it('gives swim workouts the pool length and keeps their distances', () => {
    const def = libraryWorkout('swim-css-10x100');
    const messages = decode(encodeFitWorkout(def, THRESHOLDS, { createdAt: FIXED_STAMP, poolLengthMeters: 50 }).bytes);
    expect(messages.workoutMesgs?.[0]).toMatchObject({
      sport: 'swimming',
      subSport: 'lapSwimming',
      poolLength: 50,
      poolLengthUnit: 'metric',
    });
    expect(
      messages.workoutStepMesgs?.filter((s) => s.durationType === 'distance').map((s) => s.durationDistance),
    ).toEqual([400, 50, 100, 200]);
  });

  it("writes a target it cannot express exactly as an open step with the coach's wording, and says so", () => {
    const def = libraryWorkout('run-threshold-hr');
    const { bytes, warnings } = encodeFitWorkout(
      def,
      { thresholdPace: 255 },
      { createdAt: FIXED_STAMP, poolLengthMeters: 25 },
    );
    const steps = decode(bytes).workoutStepMesgs ?? [];
    expect(steps[0]).toMatchObject({ targetType: 'open', notes: 'easy · 75–85 % LTHR' });
    expect(warnings[0]).toMatch(
      /75–85 % LTHR written as an open target with a note: the athlete has no LTHR on record/,
    );
    const rpe = decode(
      encodeFitWorkout(libraryWorkout('run-recovery-rpe'), THRESHOLDS, { createdAt: FIXED_STAMP, poolLengthMeters: 25 })
        .bytes,
    );
    expect(rpe.workoutStepMesgs?.some((s) => s.targetType === 'open' && String(s.notes).includes('RPE'))).toBe(true);
  });

  it('encodes the same workout to the same bytes (golden)', () => {
    const def = fixedPlan().sessions.find((s) => s.id === 106)!.definition;
    const first = encodeFitWorkout(def, THRESHOLDS, { createdAt: FIXED_STAMP, poolLengthMeters: 25 }).bytes;
    expectGolden('supra-threshold-125.fit', first);
    expectGolden('supra-threshold-125.fit.json', `${JSON.stringify(decode(first).workoutStepMesgs, null, 2)}\n`);
  });
});
