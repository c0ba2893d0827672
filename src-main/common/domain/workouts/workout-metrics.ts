import type { ThresholdValues } from '../thresholds';
import type { StepTarget, WorkoutDefinition } from './workout-schema';
import type { IntensityDistribution } from '../planner/types';
import { isHardSession } from './intensity-bands';
import { expandWorkout, type ExpandedWorkout, type TimedStep } from './expand-workout';
import { TARGET_BASIS } from './target-intensity';
import { formatNumber, plural } from '../../format';

/** What a structured workout will cost a given athlete, before it is done. */
export interface WorkoutSummary {
  seconds: number;
  /** Null when some step's distance cannot be told (timed bike steps, a run without threshold pace). */
  meters: number | null;
  /** On the TSS scale (TSS, rTSS or sTSS by sport). */
  load: number;
  /** Seconds per Seiler band. */
  bandSeconds: IntensityDistribution;
  /** ≥ 5 min above LT2, ≥ 15 min between LT1 and LT2, a load ≥ 150, or a test (see intensity-bands.ts). */
  hard: boolean;
  /** How the load was estimated, naming every assumed threshold. */
  explanation: string;
}

/**
 * The planned load of one step: hours × IF² × 100 (Coggan's TSS, and rTSS when IF is a speed ratio);
 * swimming uses IF³ because drag rises with the cube of speed (sTSS). See docs/domain.md#activity-load.
 */
export function stepLoad(step: Pick<TimedStep, 'seconds' | 'intensity'>, sport: WorkoutDefinition['sport']): number {
  const exponent = sport === 'swim' ? 3 : 2;
  return (step.seconds / 3600) * step.intensity.mid ** exponent * 100;
}

const LOAD_NAME: Record<WorkoutDefinition['sport'], string> = {
  bike: 'TSS',
  run: 'rTSS',
  swim: 'sTSS',
  strength: 'Load',
  other: 'Load',
};

function summarizeTimedSteps(def: WorkoutDefinition, steps: readonly TimedStep[]): Omit<WorkoutSummary, 'explanation'> {
  const bandSeconds: IntensityDistribution = { low: 0, moderate: 0, high: 0 };
  let seconds = 0;
  let meters: number | null = 0;
  let load = 0;
  for (const s of steps) {
    seconds += s.seconds;
    meters = meters === null || s.meters === null ? null : meters + s.meters;
    load += stepLoad(s, def.sport);
    bandSeconds[s.band] += s.seconds;
  }
  return { seconds, meters, load, bandSeconds, hard: isHardSession({ bandSeconds, load, category: def.category }) };
}

export function summarizeWorkout(def: WorkoutDefinition, thresholds: ThresholdValues): WorkoutSummary {
  return summarizeExpansion(def, expandWorkout(def, thresholds));
}

/** The summary of a workout already expanded (callers that also need the steps expand once). */
export function summarizeExpansion(def: WorkoutDefinition, { steps, assumptions }: ExpandedWorkout): WorkoutSummary {
  const summary = summarizeTimedSteps(def, steps);
  const bases = [...new Set<StepTarget['type']>(steps.map((s) => s.step.target.type))].map(
    (type) => TARGET_BASIS[type],
  );
  const formula = def.sport === 'swim' ? 'hours × IF³ × 100' : 'hours × IF² × 100';
  const assumed = assumptions.length > 0 ? `; ${assumptions.join('; ')}` : '';
  return {
    ...summary,
    explanation: `Planned ${LOAD_NAME[def.sport]} ${formatNumber(summary.load)} estimated from the targets: Σ ${formula} over ${plural(steps.length, 'step')}, IF from ${bases.join(', ')}${assumed}.`,
  };
}
