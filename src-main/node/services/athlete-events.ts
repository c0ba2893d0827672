import { AppError, type AthleteEvent, type EventKind } from '../../common/contract';
import { insertEvent, listEvents } from '../db/repositories/events';
import type { ServiceContext } from './context';
import { getAthlete } from './athletes';

export async function listAthleteEvents(ctx: ServiceContext, athleteId: number): Promise<AthleteEvent[]> {
  await getAthlete(ctx, athleteId);
  return listEvents(ctx.db, athleteId);
}

export async function createAthleteEvent(
  ctx: ServiceContext,
  input: { athleteId: number; kind: EventKind; startDate: string; endDate?: string | null; title: string; body?: string },
): Promise<AthleteEvent> {
  await getAthlete(ctx, input.athleteId);
  if (input.endDate && input.endDate < input.startDate) {
    throw new AppError('VALIDATION', 'endDate must not be before startDate', 'endDate');
  }
  const event = await insertEvent(
    ctx.db,
    {
      athleteId: input.athleteId,
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      title: input.title,
      body: input.body ?? '',
    },
    ctx.now().toISOString(),
  );
  ctx.events.emit({ type: 'data.changed', scope: 'events' });
  return event;
}
