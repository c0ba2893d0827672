import { addDays } from '../dates';
import { weekStartOf } from '../load/training-week';
import type { LoadingPattern, Phase, PhaseSpan, RaceType } from './types';
import { withArticle } from '../../format';

export const MIN_BLOCK_WEEKS = 8;
export const MAX_BLOCK_WEEKS = 30;
export const DEFAULT_BLOCK_WEEKS = 18;

/**
 * Taper weeks before race week, per race type. Bosquet et al. (2007, meta-analysis of 27 studies) found
 * 8–14 days of tapering best on average, and Mujika & Padilla (2003) longer tapers after heavier, longer
 * training; Pfitzinger's marathon plans taper for three weeks and Friel's Ironman plans for two to three.
 * Counting race week as a taper week too: 10 k, half marathon and gran fondo ≈ 1½ weeks, marathon and
 * 70.3 ≈ 2½ weeks, Ironman ≈ 3½ weeks (its first taper week is a light cut, see taper-search.ts).
 */
export const TAPER_WEEKS: Record<RaceType, number> = {
  '10k': 1,
  'half-marathon': 1,
  'gran-fondo': 1,
  marathon: 2,
  '70.3': 2,
  custom: 2,
  ironman: 3,
};

/** The peak phase is a race-specific sharpening block: 2–4 weeks in the classic templates, never the bulk. */
const MAX_PEAK_WEEKS = 4;

/**
 * The phase of every week, week 1 first. Race week is last, the taper right before it; the weeks before
 * the taper split base : build : peak as 2 : 2 : 1, the issue's marathon template (base 1–6, build 7–12,
 * peak 13–15, taper 16–17, race 18), scaled to the block's length with at least one week of each.
 */
export function layoutPhases(raceType: RaceType, weeks: number, taperWeeks: number = TAPER_WEEKS[raceType]): Phase[] {
  if (!Number.isInteger(weeks) || weeks < MIN_BLOCK_WEEKS || weeks > MAX_BLOCK_WEEKS) {
    throw new RangeError(`a block has ${MIN_BLOCK_WEEKS}–${MAX_BLOCK_WEEKS} weeks, got ${weeks}`);
  }
  const beforeTaper = weeks - 1 - taperWeeks;
  if (!Number.isInteger(taperWeeks) || taperWeeks < 1 || beforeTaper < 3) {
    throw new RangeError(
      `${withArticle(`${weeks}-week`)} block cannot hold ${withArticle(`${taperWeeks}-week`)} taper and three training phases`,
    );
  }
  const peak = Math.min(MAX_PEAK_WEEKS, Math.max(1, Math.round(beforeTaper / 5)));
  const base = Math.max(1, Math.round((beforeTaper - peak) / 2));
  const build = beforeTaper - peak - base;
  return [
    ...Array<Phase>(base).fill('base'),
    ...Array<Phase>(build).fill('build'),
    ...Array<Phase>(peak).fill('peak'),
    ...Array<Phase>(taperWeeks).fill('taper'),
    'race',
  ];
}

/** The layout as runs of consecutive weeks, for headings and the plan's phase bar. */
export function phaseSpans(phases: readonly Phase[]): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  phases.forEach((phase, i) => {
    const last = spans.at(-1);
    if (last?.phase === phase) last.lastWeek = i + 1;
    else spans.push({ phase, firstWeek: i + 1, lastWeek: i + 1 });
  });
  return spans;
}

const TRAINING_PHASES: ReadonlySet<Phase> = new Set(['base', 'build', 'peak']);

/**
 * Whether week `index` (1-based) is a recovery week: every 4th week under 3:1, every 3rd under 2:1, counted
 * from week 1, in base, build and peak only. The last week before the taper is never one, because the
 * taper itself is the recovery and a cut week right before it would only lose fitness.
 */
export function isRecoveryWeek(index: number, phases: readonly Phase[], pattern: LoadingPattern): boolean {
  if (pattern === 'none') return false;
  const cycle = pattern === '3:1' ? 4 : 3;
  const phase = phases[index - 1];
  const next = phases[index];
  return (
    phase !== undefined &&
    TRAINING_PHASES.has(phase) &&
    next !== undefined &&
    TRAINING_PHASES.has(next) &&
    index % cycle === 0
  );
}

/** Monday of every week of the block, week 1 first; the last is race week's Monday. */
export function blockWeekStarts(raceDate: string, weeks: number): string[] {
  const raceMonday = weekStartOf(raceDate);
  return Array.from({ length: weeks }, (_, i) => addDays(raceMonday, -7 * (weeks - 1 - i)));
}

/** The days a week of the block holds: Monday–Sunday, or Monday–race day for race week. */
export function weekDates(weekStart: string, raceDate: string): string[] {
  const dates: string[] = [];
  for (let i = 0; i < 7; i += 1) {
    const date = addDays(weekStart, i);
    if (date > raceDate) break;
    dates.push(date);
  }
  return dates;
}
