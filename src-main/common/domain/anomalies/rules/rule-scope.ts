import type { Episode } from '../episodes';
import type { Timeline } from '../timeline';
import type { AnomalyFinding, AnomalyInput, RuleSettings } from '../types';

/** What every rule reads: the athlete's input and its calendar as day indices. */
export interface RuleScope {
  input: AnomalyInput;
  timeline: Timeline;
  settings: RuleSettings;
}

/** A finding before evaluate.ts adds the context periods and the adjustment intent. */
export type RawFinding = Omit<AnomalyFinding, 'context' | 'adjustment'>;

/** Dates of an episode as a finding states them; `gapDays` decides whether it may still grow. */
export function episodeDates(
  scope: RuleScope,
  episode: Episode,
  gapDays: number,
): Pick<RawFinding, 'episodeStart' | 'episodeEnd' | 'ongoing' | 'severity'> {
  const last = scope.timeline.length - 1;
  return {
    episodeStart: scope.timeline.isoOf(episode.start),
    episodeEnd: scope.timeline.isoOf(episode.end),
    ongoing: last - episode.end <= gapDays,
    severity: episode.severity,
  };
}

export const round = (value: number, digits = 0): number => Math.round(value * 10 ** digits) / 10 ** digits;
