import { AppError, type AnomalyDetail } from '../../common/contract';
import { RULE_LABELS } from '../../common/domain/anomalies/settings';
import { recordSuggestionDecision, updateTriage } from '../db/repositories/anomalies';
import type { ServiceContext } from '../services/context';
import { applySuggestedEdits } from '../services/plan-edits';
import { getAnomalyDetail, requireAnomaly } from './inbox';
import { proposeFor } from './suggestions';

/** The coach's answer to a suggested adjustment: applied to the plan, or rejected with a reason. */

/** Applies the proposal as it stands now, logged by the 'suggestion' actor with the anomaly's reason. */
export async function applySuggestion(ctx: ServiceContext, id: number): Promise<AnomalyDetail> {
  const anomaly = await requireAnomaly(ctx, id);
  const { suggestion, unavailable } = await proposeFor(ctx, anomaly);
  if (!suggestion) throw new AppError('CONFLICT', unavailable ?? 'Nothing to apply', 'id');
  await applySuggestedEdits(ctx, {
    planId: suggestion.planId,
    edits: suggestion.edits.map((e) =>
      e.kind === 'replace'
        ? { kind: 'replace', plannedWorkoutId: e.plannedWorkoutId, libraryWorkoutId: e.to!.libraryWorkoutId }
        : { kind: 'remove', plannedWorkoutId: e.plannedWorkoutId },
    ),
    summary: suggestion.summary,
    reason: `${RULE_LABELS[anomaly.rule]}: ${anomaly.reason}`,
    details: { anomalyId: anomaly.id, edits: suggestion.edits },
  });
  const now = ctx.now().toISOString();
  await recordSuggestionDecision(ctx.db, anomaly.id, 'applied', suggestion.summary, now);
  // Acting on it is acknowledging it; the anomaly stays until the coach resolves it with a cause.
  if (anomaly.state === 'open') await updateTriage(ctx.db, anomaly.id, { state: 'acknowledged' }, now);
  ctx.events.emit({ type: 'data.changed', scope: 'anomalies', athleteId: anomaly.athleteId });
  return getAnomalyDetail(ctx, anomaly.id);
}

/** Records that the coach said no, and why; the plan is left as it was. */
export async function rejectSuggestion(ctx: ServiceContext, id: number, why: string): Promise<AnomalyDetail> {
  const anomaly = await requireAnomaly(ctx, id);
  if (!anomaly.adjustment) throw new AppError('CONFLICT', 'This anomaly has no suggestion to reject', 'id');
  if (anomaly.suggestionState !== null)
    throw new AppError('CONFLICT', `The suggestion was already ${anomaly.suggestionState}`, 'id');
  await recordSuggestionDecision(ctx.db, anomaly.id, 'rejected', why, ctx.now().toISOString());
  ctx.events.emit({ type: 'data.changed', scope: 'anomalies', athleteId: anomaly.athleteId });
  return getAnomalyDetail(ctx, anomaly.id);
}
