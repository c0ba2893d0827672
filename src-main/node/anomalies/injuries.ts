import { AppError, type InjuryStatus, type InjuryView } from '../../common/contract';
import { findAnomaly } from '../db/repositories/anomalies';
import {
  addInjuryUpdate,
  findInjuryAthlete,
  insertInjury,
  listInjuries,
  type NewInjury,
} from '../db/repositories/injuries';
import type { ServiceContext } from '../services/context';
import { getAthlete } from '../services/athletes';

/** The injury log: a record per injury (often started from an injury-note anomaly), with dated updates. */

export async function listAthleteInjuries(ctx: ServiceContext, athleteId: number): Promise<InjuryView[]> {
  await getAthlete(ctx, athleteId);
  return listInjuries(ctx.db, athleteId);
}

export async function createInjury(
  ctx: ServiceContext,
  input: NewInjury & { severity: number; status: InjuryStatus; note: string },
): Promise<InjuryView> {
  await getAthlete(ctx, input.athleteId);
  if (input.sourceAnomalyId !== null) {
    const source = await findAnomaly(ctx.db, input.sourceAnomalyId);
    if (!source) throw new AppError('NOT_FOUND', `No anomaly with id ${input.sourceAnomalyId}`, 'sourceAnomalyId');
    if (source.athleteId !== input.athleteId)
      throw new AppError('VALIDATION', 'The anomaly belongs to another athlete', 'sourceAnomalyId');
  }
  const id = await ctx.db
    .transaction()
    .execute((trx) =>
      insertInjury(
        trx,
        input,
        { date: input.startedOn, severity: input.severity, status: input.status, note: input.note },
        ctx.now().toISOString(),
      ),
    );
  ctx.events.emit({ type: 'data.changed', scope: 'injuries', athleteId: input.athleteId });
  return (await listInjuries(ctx.db, input.athleteId, [id]))[0]!;
}

export async function updateInjury(
  ctx: ServiceContext,
  input: { id: number; date: string; severity: number; status: InjuryStatus; note: string },
): Promise<InjuryView> {
  const athleteId = await findInjuryAthlete(ctx.db, input.id);
  if (athleteId === null) throw new AppError('NOT_FOUND', `No injury with id ${input.id}`, 'id');
  const [injury] = await listInjuries(ctx.db, athleteId, [input.id]);
  if (input.date < injury!.startedOn)
    throw new AppError('VALIDATION', `The update is dated before the injury started (${injury!.startedOn})`, 'date');
  await ctx.db.transaction().execute((trx) => addInjuryUpdate(trx, input.id, input, ctx.now().toISOString()));
  ctx.events.emit({ type: 'data.changed', scope: 'injuries', athleteId });
  return (await listInjuries(ctx.db, athleteId, [input.id]))[0]!;
}
