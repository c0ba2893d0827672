import type { Severity } from './types';

/** Severity codes of a day's condition in the typed arrays the rules fill: 0 = the condition does not hold. */
export const SEVERITY_CODE: Record<Severity, number> = { info: 1, warning: 2, critical: 3 };
const SEVERITY_OF_CODE: readonly Severity[] = ['info', 'info', 'warning', 'critical'];

export interface Episode {
  /** Day indices of the first and last day the condition held. */
  start: number;
  end: number;
  /** The worst day's severity. */
  severity: Severity;
  /** Days on which the condition held. */
  days: number;
}

/**
 * Maximal runs of days on which a rule's condition holds, joined across at most `gapDays` days without
 * it. The runs are found left to right from conditions that only look back in time, so one more day of
 * data can extend the last episode but never moves its start: (rule, start) stays the anomaly's identity.
 */
export function findEpisodes(daySeverity: Uint8Array, gapDays = 0): Episode[] {
  const episodes: Episode[] = [];
  let current: Episode | null = null;
  let worst = 0;
  for (let i = 0; i < daySeverity.length; i++) {
    const code = daySeverity[i]!;
    if (code === 0) continue;
    if (current && i - current.end - 1 <= gapDays) {
      current.end = i;
      current.days++;
      worst = Math.max(worst, code);
      current.severity = SEVERITY_OF_CODE[worst]!;
      continue;
    }
    worst = code;
    current = { start: i, end: i, severity: SEVERITY_OF_CODE[code]!, days: 1 };
    episodes.push(current);
  }
  return episodes;
}
