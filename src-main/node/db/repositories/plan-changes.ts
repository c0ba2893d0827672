import type { Selectable } from 'kysely';
import type { PlanChangeView } from '../../../common/contract/plans';
import type { Db, PlanChangesTable } from '../schema';

/** Each plan's change log: who changed what, when and why. */

export interface NewPlanChange {
  planId: number;
  actor: PlanChangeView['actor'];
  kind: string;
  weekIndex: number | null;
  summary: string;
  reason: string;
  details?: Record<string, unknown>;
}

function toChange(r: Selectable<PlanChangesTable>): PlanChangeView {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    kind: r.kind,
    weekIndex: r.week_index,
    summary: r.summary,
    reason: r.reason,
  };
}

export async function insertPlanChange(db: Db, change: NewPlanChange, now: string): Promise<void> {
  await db
    .insertInto('plan_changes')
    .values({
      plan_id: change.planId,
      at: now,
      actor: change.actor,
      kind: change.kind,
      week_index: change.weekIndex,
      summary: change.summary,
      reason: change.reason,
      details_json: JSON.stringify(change.details ?? {}),
    })
    .execute();
}

export async function listPlanChanges(db: Db, planId: number): Promise<PlanChangeView[]> {
  const rows = await db
    .selectFrom('plan_changes')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toChange);
}
