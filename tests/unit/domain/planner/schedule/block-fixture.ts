import { addDays, weekdayIndex } from '../../../../../src-main/common/domain/dates';
import type {
  Guardrails,
  IntensityDistribution,
  KeySession,
  Phase,
  RaceType,
  WeekTarget,
} from '../../../../../src-main/common/domain/planner/types';

/**
 * Weekly targets shaped like the block generator's (phases, 3:1 recovery weeks, long session a quarter
 * of the week, key sessions by phase), written out here so the scheduler is tested on inputs whose
 * numbers the test controls.
 */
export interface FixtureOptions {
  raceDate: string;
  raceType: RaceType;
  weeks: number;
  /** Hours of a peak week. */
  peakHours: number;
  /** Load per hour the targets assume. */
  loadPerHour: number;
  /** Longest long session, seconds. */
  longCapSeconds?: number;
}

const INTENSITY: Record<Phase, IntensityDistribution> = {
  base: { low: 0.86, moderate: 0.1, high: 0.04 },
  build: { low: 0.78, moderate: 0.13, high: 0.09 },
  peak: { low: 0.76, moderate: 0.14, high: 0.1 },
  taper: { low: 0.76, moderate: 0.14, high: 0.1 },
  race: { low: 0.76, moderate: 0.14, high: 0.1 },
};

export function phasesFor(weeks: number): Phase[] {
  const before = weeks - 6;
  const base = Math.ceil(before / 2);
  return Array.from({ length: weeks }, (_, i): Phase => {
    if (i === weeks - 1) return 'race';
    if (i >= weeks - 3) return 'taper';
    if (i >= weeks - 6) return 'peak';
    return i < base ? 'base' : 'build';
  });
}

function keySessions(phase: Phase, recovery: boolean, endsPhase: boolean, weekInPhase: number): KeySession[] {
  const test: KeySession[] = endsPhase && (phase === 'base' || phase === 'build') ? ['test'] : [];
  if (recovery) return ['long', ...test];
  switch (phase) {
    case 'base':
      return ['long', ...test];
    case 'build':
      return ['long', endsPhase ? 'test' : 'threshold', weekInPhase % 2 === 1 ? 'tempo' : 'vo2max'];
    case 'peak':
      return ['long', 'race-pace', 'threshold'];
    case 'taper':
      return ['long', 'race-pace'];
    case 'race':
      return ['race-pace'];
  }
}

const HOURS_SHARE: Record<Phase, number> = { base: 0.85, build: 0.95, peak: 1, taper: 0.75, race: 0.45 };

export function blockWeeks(o: FixtureOptions): WeekTarget[] {
  const raceMonday = addDays(o.raceDate, -weekdayIndex(o.raceDate));
  const phases = phasesFor(o.weeks);
  let weekInPhase = 0;
  return phases.map((phase, i) => {
    weekInPhase = i > 0 && phases[i - 1] === phase ? weekInPhase + 1 : 1;
    const recovery = (phase === 'base' || phase === 'build') && (i + 1) % 4 === 0;
    const endsPhase = phases[i + 1] !== phase;
    const hours = o.peakHours * HOURS_SHARE[phase] * (recovery ? 0.65 : 1);
    return {
      index: i + 1,
      startDate: addDays(raceMonday, -7 * (o.weeks - 1 - i)),
      phase,
      recovery,
      targetLoad: Math.round(hours * o.loadPerHour),
      targetHours: hours,
      // A recovery week goes back to base's mostly aerobic mix, as the block generator does.
      intensity: INTENSITY[recovery ? 'base' : phase],
      longSessionSeconds: phase === 'race' ? 0 : Math.min(0.27 * hours * 3600, o.longCapSeconds ?? 3 * 3600),
      longSessions: {},
      keySessions: keySessions(phase, recovery, endsPhase, weekInPhase),
      brick: false,
      binding: [],
      notes: [],
    };
  });
}

export const GUARDRAILS: Guardrails = {
  minWeeklyHours: 3,
  maxWeeklyHours: 12,
  minWeeklyLoad: null,
  maxWeeklyLoad: null,
  maxRampPerWeek: 6,
  maxHighIntensityShare: 0.12,
  maxSessionSeconds: 3.5 * 3600,
  allowBackToBackHardDays: false,
  maxAcwr: 1.3,
};
