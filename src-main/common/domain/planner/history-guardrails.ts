import { defaultBlockSettings } from './defaults';
import type { TrainingHistory } from './training-history';
import type { Guardrails, RaceType, WeekdayHours } from './types';

/** Settings a plan can take from the athlete's history rather than from the race's fixed defaults. */
export type HistoryGuardrail = 'maxWeeklyHours' | 'minWeeklyHours' | 'maxSessionSeconds' | 'availability';

/**
 * Room to grow over a block: the most the athlete sustained for three weeks in the last year plus a tenth,
 * or 40 % over their recent normal week when that is more (a block is there to build).
 */
const SUSTAINED_MARGIN = 1.1;
const NORMAL_GROWTH = 1.4;
/** Below half the normal week the athlete is not training, so that is the floor. */
const MIN_SHARE_OF_NORMAL = 0.5;
/** The longest session may reach a tenth beyond the longest of the last year when that exceeds the race's need. */
const LONGEST_MARGIN = 1.1;

const roundUpTo = (value: number, step: number) => Math.ceil(value / step - 1e-9) * step;
const roundDownTo = (value: number, step: number) => Math.floor(value / step + 1e-9) * step;

/**
 * The race's default guardrails with weekly hours (and, when the athlete already goes longer than the race
 * needs, the longest session) from the athlete's history, listing which came from it.
 */
export function guardrailsFromHistory(
  raceType: RaceType,
  history: TrainingHistory | null,
): { guardrails: Guardrails; fromHistory: HistoryGuardrail[] } {
  const guardrails = defaultBlockSettings(raceType).guardrails;
  if (!history) return { guardrails, fromHistory: [] };
  const normal = history.baseline.weekHours;
  const fromHistory: HistoryGuardrail[] = ['maxWeeklyHours', 'minWeeklyHours'];
  guardrails.maxWeeklyHours = Math.max(
    1,
    roundUpTo(Math.max(history.maxSustainedWeeklyHours * SUSTAINED_MARGIN, normal * NORMAL_GROWTH), 0.5),
  );
  guardrails.minWeeklyHours = Math.min(guardrails.maxWeeklyHours, roundDownTo(normal * MIN_SHARE_OF_NORMAL, 0.5));
  const longest = Math.max(0, ...Object.values(history.longestSecondsYear).map((s) => s ?? 0));
  if (longest * LONGEST_MARGIN > guardrails.maxSessionSeconds) {
    guardrails.maxSessionSeconds = Math.min(12 * 3600, roundUpTo(longest * LONGEST_MARGIN, 900));
    fromHistory.push('maxSessionSeconds');
  }
  return { guardrails, fromHistory };
}

/** Availability is set in quarter hours, as the form offers it. */
const AVAILABILITY_STEP = 0.25;

/**
 * The default week's available hours, scaled up when they cannot hold the most the athlete may train in a
 * week (maxWeeklyHours from history): an athlete who rides fifteen hours a week is not planned into a
 * working athlete's eleven and a half. The same days stay rest days and the long day stays the longest.
 * Null when the default week already holds it.
 */
export function availabilityFromHistory(defaults: WeekdayHours, maxWeeklyHours: number): WeekdayHours | null {
  const total = defaults.reduce((sum, h) => sum + h, 0);
  if (total <= 0 || total >= maxWeeklyHours) return null;
  const scale = maxWeeklyHours / total;
  return defaults.map((h) => (h > 0 ? roundUpTo(h * scale, AVAILABILITY_STEP) : 0)) as unknown as WeekdayHours;
}
