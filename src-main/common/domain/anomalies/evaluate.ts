import { adjustmentFor } from './adjustments';
import { contextFor, contextPhrase } from './context';
import { complianceDropFindings } from './rules/compliance';
import { injuryNoteFindings } from './rules/injury-notes';
import { loadFindings } from './rules/load';
import { noUploadsFindings } from './rules/no-uploads';
import { performanceDeclineFindings } from './rules/performance';
import type { RawFinding, RuleScope } from './rules/rule-scope';
import { wellnessFindings } from './rules/wellness';
import { timelineOf } from './timeline';
import type { AnomalyFinding, AnomalyInput } from './types';

/** The earliest day any input mentions: the rules index days from there. */
function firstDayOf(input: AnomalyInput): string {
  let first = input.today;
  const consider = (date: string | undefined) => {
    if (date !== undefined && date < first) first = date;
  };
  consider(input.pmc[0]?.date);
  consider(input.wellness[0]?.date);
  for (const a of input.activities) consider(a.date);
  for (const n of input.notes) consider(n.date);
  for (const p of input.planned) consider(p.date);
  return first;
}

function rawFindings(scope: RuleScope): RawFinding[] {
  const s = scope.settings;
  return [
    ...wellnessFindings(scope),
    ...loadFindings(scope),
    ...(s.complianceDrop.enabled ? complianceDropFindings(scope) : []),
    ...(s.performanceDecline.enabled ? performanceDeclineFindings(scope) : []),
    ...(s.noUploads.enabled ? noUploadsFindings(scope) : []),
    ...(s.injuryNote.enabled ? injuryNoteFindings(scope) : []),
  ];
}

/**
 * Every rule over one athlete's history. Each finding is an episode, identified by (rule, episodeStart);
 * episodes that ended before `raiseFrom` are left out, because that history only feeds the baselines.
 * Each finding carries the context periods around it, named in its reason, and for load and recovery
 * rules an adjustment intent.
 */
export function evaluateAnomalies(input: AnomalyInput): AnomalyFinding[] {
  const scope: RuleScope = { input, timeline: timelineOf(firstDayOf(input), input.today), settings: input.settings };
  return rawFindings(scope)
    .filter((f) => f.episodeEnd >= input.raiseFrom)
    .map((f) => {
      const episode = { start: f.episodeStart, end: f.episodeEnd };
      const context = contextFor(input.context, episode, input.today);
      return {
        ...f,
        reason: f.reason + contextPhrase(context, episode, input.today),
        context,
        adjustment: adjustmentFor(f.rule, f.severity, context),
      };
    })
    .sort((a, b) => a.episodeStart.localeCompare(b.episodeStart) || a.rule.localeCompare(b.rule));
}
