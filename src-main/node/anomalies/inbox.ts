import {
  AppError,
  type AnomalyCause,
  type AnomalyDetail,
  type AnomalyState,
  type AnomalyView,
} from '../../common/contract';
import { addDays } from '../../common/domain/dates';
import { RULE_LABELS } from '../../common/domain/anomalies/settings';
import type { AnomalyRule } from '../../common/domain/anomalies/types';
import { findAnomaly, listAnomalies, updateTriage, type StoredAnomaly } from '../db/repositories/anomalies';
import { listAthletePlanChanges, listContextNotes } from '../db/repositories/anomaly-inputs';
import { listEvents } from '../db/repositories/events';
import { listInjuries } from '../db/repositories/injuries';
import { athleteToday } from '../services/analytics';
import type { ServiceContext } from '../services/context';
import { ensureAnomaliesFresh, markAnomaliesStale } from './freshness';
import { proposeFor } from './suggestions';

/** How far before an episode the context reaches: two weeks is what a coach reviews before a call. */
const CONTEXT_DAYS = 14;

const STATE_FILTERS: Record<string, readonly AnomalyState[] | undefined> = {
  active: ['open', 'acknowledged'],
  all: undefined,
};

export function toView(a: StoredAnomaly): AnomalyView {
  return { ...a, ruleLabel: RULE_LABELS[a.rule] };
}

export async function listInbox(
  ctx: ServiceContext,
  filter: { athleteId?: number; rule?: AnomalyRule; state: AnomalyState | 'active' | 'all' },
): Promise<AnomalyView[]> {
  await ensureAnomaliesFresh(ctx);
  const states = filter.state in STATE_FILTERS ? STATE_FILTERS[filter.state] : [filter.state as AnomalyState];
  return (await listAnomalies(ctx.db, { athleteId: filter.athleteId, rule: filter.rule, states })).map(toView);
}

export async function requireAnomaly(ctx: ServiceContext, id: number): Promise<StoredAnomaly> {
  const anomaly = await findAnomaly(ctx.db, id);
  if (!anomaly) throw new AppError('NOT_FOUND', `No anomaly with id ${id}`, 'id');
  return anomaly;
}

/** The anomaly with what a coach needs beside it: events, notes, plan changes, open injuries and a proposal. */
export async function getAnomalyDetail(ctx: ServiceContext, id: number): Promise<AnomalyDetail> {
  const anomaly = await requireAnomaly(ctx, id);
  const from = addDays(anomaly.episodeStart, -CONTEXT_DAYS);
  const today = await athleteToday(ctx, anomaly.athleteId);
  const to = anomaly.date > today ? anomaly.date : today;
  const events = (await listEvents(ctx.db, anomaly.athleteId)).filter(
    (e) => (e.endDate ?? e.startDate) >= from && e.startDate <= to,
  );
  const proposal = await proposeFor(ctx, anomaly);
  return {
    ...toView(anomaly),
    events,
    notes: await listContextNotes(ctx.db, anomaly.athleteId, from, to),
    planChanges: await listAthletePlanChanges(ctx.db, anomaly.athleteId, `${from}T00:00:00`),
    injuries: (await listInjuries(ctx.db, anomaly.athleteId)).filter((i) => i.status !== 'resolved'),
    suggestion: proposal.suggestion,
    suggestionUnavailable: proposal.unavailable,
  };
}

export type TriageInput =
  | { id: number; action: 'acknowledge' }
  | { id: number; action: 'snooze'; days: number }
  | { id: number; action: 'resolve'; cause: AnomalyCause; note: string }
  | { id: number; action: 'reopen' };

export async function triageAnomaly(ctx: ServiceContext, input: TriageInput): Promise<AnomalyView> {
  const anomaly = await requireAnomaly(ctx, input.id);
  const now = ctx.now();
  switch (input.action) {
    case 'acknowledge':
      await updateTriage(ctx.db, anomaly.id, { state: 'acknowledged' }, now.toISOString());
      break;
    case 'snooze':
      await updateTriage(
        ctx.db,
        anomaly.id,
        { state: 'snoozed', snoozedUntil: addDays(await athleteToday(ctx, anomaly.athleteId), input.days) },
        now.toISOString(),
      );
      break;
    case 'resolve':
      await updateTriage(
        ctx.db,
        anomaly.id,
        { state: 'resolved', cause: input.cause, resolutionNote: input.note },
        now.toISOString(),
      );
      // A tagged cause is context for the athlete's other findings: their reasons are rewritten with it.
      markAnomaliesStale(ctx);
      break;
    case 'reopen':
      await updateTriage(ctx.db, anomaly.id, { state: 'open', cause: null, resolutionNote: '' }, now.toISOString());
      markAnomaliesStale(ctx);
      break;
  }
  ctx.events.emit({ type: 'data.changed', scope: 'anomalies', athleteId: anomaly.athleteId });
  return toView((await findAnomaly(ctx.db, anomaly.id))!);
}
