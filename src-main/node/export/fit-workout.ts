import { Encoder, Profile, type WorkoutStepMesg } from '@garmin/fitsdk';
import type { ThresholdValues } from '../../common/domain/thresholds';
import type {
  StepIntent,
  StepTarget,
  WorkoutDefinition,
  WorkoutStep,
} from '../../common/domain/workouts/workout-schema';
import { describeDuration, describeTarget } from '../../common/domain/workouts/describe-workout';
import { withArticle } from '../../common/format';

/**
 * Garmin FIT workout files (file type "workout"), written with Garmin's own encoder (@garmin/fitsdk) from
 * the FIT profile's workout and workout_step messages:
 * - durations: time (ms), distance (cm), or open (until the lap button);
 * - repeats: a step with duration_type repeat_until_steps_cmplt whose duration_value is the message
 *   index of the block's first step and target_value the number of repetitions;
 * - targets: power as % of FTP (custom values 0–1000 are % FTP, so the watch applies the athlete's own FTP
 *   and 125 % stays 125 %), power and HR zones by number (the watch's zones), HR as %LTHR in bpm with
 *   FIT's +100 offset (custom values above 100 are bpm + 100), pace as speed in mm/s, open.
 * - swim workouts carry the pool length, and their distance steps stay distances (lengths of the pool).
 *
 * What FIT cannot hold exactly — RPE, or a pace or heart-rate target when the athlete's threshold is
 * unknown — becomes an open target with the coach's wording in the step's notes, and a warning.
 */
export interface FitWorkoutOptions {
  /** file_id.time_created; passed in so the same workout always encodes to the same bytes. */
  createdAt: Date;
  /** Pool length for swim workouts, in metres. */
  poolLengthMeters: number;
}

export interface FitWorkoutFile {
  bytes: Uint8Array;
  warnings: string[];
}

/** The step's name on the watch screen: its role and length, "Warm-up 15 min". */
const STEP_NAMES: Record<StepIntent, string> = {
  warmup: 'Warm-up',
  work: 'Work',
  recovery: 'Recovery',
  rest: 'Rest',
  cooldown: 'Cool-down',
};

const INTENSITY: Record<StepIntent, string> = {
  warmup: 'warmup',
  work: 'active',
  recovery: 'recovery',
  rest: 'rest',
  cooldown: 'cooldown',
};

const SPORTS: Record<WorkoutDefinition['sport'], { sport: string; subSport: string }> = {
  run: { sport: 'running', subSport: 'generic' },
  bike: { sport: 'cycling', subSport: 'generic' },
  swim: { sport: 'swimming', subSport: 'lapSwimming' },
  strength: { sport: 'training', subSport: 'strengthTraining' },
  other: { sport: 'generic', subSport: 'generic' },
};

/** FIT's workout_hr and workout_power types: values above these offsets are bpm + 100 and watts + 1000. */
const HR_BPM_OFFSET = 100;

export function encodeFitWorkout(
  def: WorkoutDefinition,
  thresholds: ThresholdValues,
  options: FitWorkoutOptions,
): FitWorkoutFile {
  const warnings: string[] = [];
  const steps: WorkoutStepMesg[] = [];
  for (const element of def.steps) {
    if (element.kind === 'step') {
      steps.push(stepMesg(element, steps.length, def, thresholds, warnings));
      continue;
    }
    const first = steps.length;
    for (const step of element.steps) steps.push(stepMesg(step, steps.length, def, thresholds, warnings));
    steps.push({
      messageIndex: steps.length,
      durationType: 'repeatUntilStepsCmplt',
      durationValue: first,
      targetValue: element.count,
    } as WorkoutStepMesg);
  }

  const encoder = new Encoder();
  encoder.onMesg(Profile.MesgNum.FILE_ID!, {
    type: 'workout',
    manufacturer: 'development',
    product: 0,
    timeCreated: options.createdAt,
  } as never);
  const sport = SPORTS[def.sport];
  encoder.onMesg(Profile.MesgNum.WORKOUT!, {
    wktName: def.name,
    sport: sport.sport,
    subSport: sport.subSport,
    numValidSteps: steps.length,
    ...(def.sport === 'swim' ? { poolLength: options.poolLengthMeters, poolLengthUnit: 'metric' } : {}),
  } as never);
  for (const step of steps) encoder.onMesg(Profile.MesgNum.WORKOUT_STEP!, step as never);
  return { bytes: encoder.close(), warnings };
}

function stepMesg(
  step: WorkoutStep,
  index: number,
  def: WorkoutDefinition,
  thresholds: ThresholdValues,
  warnings: string[],
): WorkoutStepMesg {
  const target = targetFields(step.target, def, thresholds);
  if (target.warning) warnings.push(`${def.name}, step ${index + 1}: ${target.warning}`);
  const notes = [step.note, target.note].filter(Boolean).join(' · ');
  return {
    messageIndex: index,
    wktStepName: `${STEP_NAMES[step.intent]} ${describeDuration(step.duration)}`.slice(0, 50),
    ...durationFields(step),
    ...target.fields,
    intensity: INTENSITY[step.intent],
    ...(notes ? { notes: notes.slice(0, 200) } : {}),
  } as WorkoutStepMesg;
}

function durationFields(step: WorkoutStep): Record<string, string | number> {
  switch (step.duration.type) {
    case 'time':
      return { durationType: 'time', durationValue: step.duration.seconds * 1000 };
    case 'distance':
      return { durationType: 'distance', durationValue: Math.round(step.duration.meters * 100) };
    case 'lapButton':
      return { durationType: 'open' };
  }
}

interface TargetFields {
  fields: Record<string, string | number>;
  note?: string;
  warning?: string;
}

const OPEN: TargetFields['fields'] = { targetType: 'open', targetValue: 0 };

function targetFields(target: StepTarget, def: WorkoutDefinition, t: ThresholdValues): TargetFields {
  const wording = describeTarget(target);
  const openInstead = (missing: string): TargetFields => ({
    fields: OPEN,
    note: wording,
    warning: `${wording} written as an open target with a note: the athlete has no ${missing} on record`,
  });
  switch (target.type) {
    case 'open':
      return { fields: OPEN };
    case 'rpe':
      return { fields: OPEN, note: wording };
    case 'ftpPercent': {
      const fields = {
        targetType: 'power',
        targetValue: 0,
        customTargetValueLow: Math.round(target.range.low),
        customTargetValueHigh: Math.round(target.range.high),
      };
      const rounded = !Number.isInteger(target.range.low) || !Number.isInteger(target.range.high);
      return rounded
        ? { fields, warning: `${wording} rounded to whole percent (FIT holds % of FTP as integers)` }
        : { fields };
    }
    case 'powerZone':
      return { fields: { targetType: 'power', targetValue: target.zone } };
    case 'hrZone':
      return { fields: { targetType: 'heartRate', targetValue: target.zone } };
    case 'lthrPercent': {
      if (!t.lthr) return openInstead('LTHR');
      const bpm = (percent: number) => Math.round((t.lthr! * percent) / 100) + HR_BPM_OFFSET;
      return {
        fields: {
          targetType: 'heartRate',
          targetValue: 0,
          customTargetValueLow: bpm(target.range.low),
          customTargetValueHigh: bpm(target.range.high),
        },
      };
    }
    case 'thresholdPacePercent':
    case 'cssPercent': {
      const isCss = target.type === 'cssPercent';
      if (def.sport !== (isCss ? 'swim' : 'run')) {
        return {
          fields: OPEN,
          note: wording,
          warning: `${wording} has no FIT speed target on ${withArticle(def.sport)} workout: written as a note`,
        };
      }
      const threshold = isCss ? t.css : t.thresholdPace;
      if (!threshold) return openInstead(isCss ? 'CSS' : 'threshold pace');
      // Threshold speed in m/s: pace is seconds per 1000 m (run) or per 100 m (swim).
      const thresholdSpeed = (isCss ? 100 : 1000) / threshold;
      const millimetresPerSecond = (percent: number) => Math.round(thresholdSpeed * percent * 10);
      return {
        fields: {
          targetType: 'speed',
          targetValue: 0,
          customTargetValueLow: millimetresPerSecond(target.range.low),
          customTargetValueHigh: millimetresPerSecond(target.range.high),
        },
      };
    }
  }
}
