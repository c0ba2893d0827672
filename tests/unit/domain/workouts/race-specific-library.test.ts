import { describe, expect, it } from 'vitest';
import starter from '../../../../resources/workouts/starter-library.json';
import type {
  WorkoutCategory,
  WorkoutDefinition,
  WorkoutSport,
} from '../../../../src-main/common/domain/workouts/workout-schema';
import { expandWorkout } from '../../../../src-main/common/domain/workouts/expand-workout';
import { summarizeWorkout } from '../../../../src-main/common/domain/workouts/workout-metrics';
import { scaleWorkoutToDuration } from '../../../../src-main/common/domain/workouts/workout-scaling';
import { parseWorkoutLibrary } from '../../../../src-main/common/domain/workouts/workout-library';

const library = parseWorkoutLibrary(starter);
const athlete = { ftp: 260, thresholdPace: 255, css: 95, lthr: 168, maxHr: 188, restingHr: 48, weight: 68 };

function definition(key: string): WorkoutDefinition {
  const entry = library.find((e) => e.key === key);
  if (!entry) throw new Error(`${key} is not in the starter library`);
  return entry.definition;
}

/** The work steps as the athlete runs them, with their target range as fractions of threshold. */
function workSteps(key: string) {
  return expandWorkout(definition(key), athlete).steps.filter((s) => s.step.intent === 'work');
}

const RACE_SPECIFIC: [key: string, sport: WorkoutSport, category: WorkoutCategory][] = [
  ['run-brick-70-3', 'run', 'brick'],
  ['run-brick-ironman', 'run', 'brick'],
  ['run-race-pace-70-3', 'run', 'race-pace'],
  ['run-race-pace-ironman', 'run', 'race-pace'],
  ['run-long-hm-finish', 'run', 'long'],
  ['swim-open-water-race-pace', 'swim', 'race-pace'],
  ['bike-long-climbs', 'bike', 'long'],
];

describe('race-specific starter sessions', () => {
  it.each(RACE_SPECIFIC)('%s is a %s session in the %s category', (key, sport, category) => {
    const def = definition(key);
    expect(def.sport).toBe(sport);
    expect(def.category).toBe(category);
  });

  it.each([
    ['run-brick-70-3', 0.84, 0.9],
    ['run-race-pace-70-3', 0.84, 0.9],
    ['run-brick-ironman', 0.78, 0.84],
    ['run-race-pace-ironman', 0.78, 0.84],
  ])('%s keeps every work step between %d and %d of threshold speed', (key, low, high) => {
    const work = workSteps(key);
    expect(work.length).toBeGreaterThan(0);
    for (const step of work) {
      expect(step.intensity.low).toBeGreaterThanOrEqual(low - 1e-9);
      expect(step.intensity.high).toBeLessThanOrEqual(high + 1e-9);
    }
  });

  it('gives the 70.3 race-pace run 3×10 min and the Ironman one 2×20 min of work', () => {
    expect(workSteps('run-race-pace-70-3').map((s) => s.seconds)).toEqual([600, 600, 600]);
    expect(workSteps('run-race-pace-ironman').map((s) => s.seconds)).toEqual([1200, 1200]);
  });

  it('gives the Ironman brick a longer steady block than the 70.3 brick', () => {
    const steady = (key: string) => workSteps(key).reduce((sum, s) => sum + s.seconds, 0);
    expect(steady('run-brick-ironman')).toBeGreaterThan(steady('run-brick-70-3'));
  });

  it.each(['run-brick-70-3', 'run-brick-ironman'])(
    '%s stretches its steady block to the planned length and keeps the settling-in',
    (key) => {
      const def = definition(key);
      const scaled = scaleWorkoutToDuration(def, athlete, 50 * 60);
      expect(scaled.summary.seconds).toBeCloseTo(50 * 60, -2);
      expect(scaled.definition.steps[0]).toEqual(def.steps[0]);
      expect(scaled.definition.steps.at(-1)).toEqual(def.steps.at(-1));
      const steadySeconds = (d: WorkoutDefinition) => expandWorkout(d, athlete).steps[1]!.seconds;
      expect(steadySeconds(scaled.definition)).toBeGreaterThan(steadySeconds(def));
    },
  );

  it('finishes the half-marathon long run with 20 min at 94–97 % of threshold speed', () => {
    const finish = workSteps('run-long-hm-finish').at(-1)!;
    expect(finish.seconds).toBe(1200);
    expect([finish.intensity.low, finish.intensity.high]).toEqual([0.94, 0.97]);
  });

  it('swims the open-water race-pace blocks at 88–94 % CSS without standing rests', () => {
    const steps = expandWorkout(definition('swim-open-water-race-pace'), athlete).steps;
    const work = steps.filter((s) => s.step.intent === 'work');
    expect(work.map((s) => s.meters)).toEqual([400, 400, 400]);
    for (const s of work) expect([s.intensity.low, s.intensity.high]).toEqual([0.88, 0.94]);
    expect(steps.some((s) => s.step.intent === 'rest')).toBe(false);
    expect(work.every((s) => s.step.note.includes('sight'))).toBe(true);
  });

  it('climbs three or four times at 85–95 % FTP inside a long ride', () => {
    const climbs = workSteps('bike-long-climbs').filter((s) => s.intensity.mid > 0.8);
    expect(climbs.length).toBeGreaterThanOrEqual(3);
    expect(climbs.length).toBeLessThanOrEqual(4);
    for (const s of climbs) expect([s.intensity.low, s.intensity.high]).toEqual([0.85, 0.95]);
    expect(summarizeWorkout(definition('bike-long-climbs'), athlete).seconds).toBeGreaterThanOrEqual(3 * 3600);
  });
});
