import type { RosterRow } from '../../common/contract';
import { countOpenAnomalies } from '../db/repositories/anomalies';
import { listCallSchedules } from '../db/repositories/calls';
import type { ServiceContext } from '../services/context';
import { callStatusOf } from '../../common/domain/briefs/call-status';
import { ensureAnomaliesFresh } from './freshness';

export type RosterTriageColumns = Pick<RosterRow, 'anomalies' | 'call'>;

/** The roster's inbox columns for every athlete in two queries: open anomalies and whether a call is due. */
export async function loadRosterTriageColumns(
  ctx: ServiceContext,
  athletes: readonly { id: number; today: string }[],
): Promise<Map<number, RosterTriageColumns>> {
  await ensureAnomaliesFresh(ctx);
  const counts = await countOpenAnomalies(ctx.db);
  const schedules = await listCallSchedules(ctx.db);
  return new Map(
    athletes.map(({ id, today }) => {
      const count = counts.get(id);
      return [
        id,
        {
          anomalies: { open: count?.open ?? 0, worst: count?.worst ?? null },
          call: callStatusOf(schedules.get(id) ?? { cadenceDays: null, lastCall: null }, today),
        },
      ];
    }),
  );
}
