import { AppError, type AthleteEvent, type EventKind } from '../../common/contract';
import { DEFAULT_RACE_PRIORITY, inferRaceType, type RacePriority } from '../../common/domain/events/race-details';
import type { RaceType } from '../../common/domain/planner/types';
import { insertEvent, listEvents } from '../db/repositories/events';
import type { ServiceContext } from './context';
import { getAthlete } from './athletes';

export async function listAthleteEvents(ctx: ServiceContext, athleteId: number): Promise<AthleteEvent[]> {
  await getAthlete(ctx, athleteId);
  return listEvents(ctx.db, athleteId);
}

/** As the contract's events.create has validated it (only races carry a priority or race type). */
export interface NewAthleteEvent {
  athleteId: number;
  kind: EventKind;
  startDate: string;
  endDate?: string | null;
  title: string;
  body?: string;
  /** Races only; a race without one is a DEFAULT_RACE_PRIORITY race. */
  priority?: RacePriority;
  /** Races only; omitted, it is read from the title; null records it as unknown. */
  raceType?: RaceType | null;
}

export async function createAthleteEvent(ctx: ServiceContext, input: NewAthleteEvent): Promise<AthleteEvent> {
  await getAthlete(ctx, input.athleteId);
  if (input.endDate && input.endDate < input.startDate) {
    throw new AppError('VALIDATION', 'endDate must not be before startDate', 'endDate');
  }
  const race = input.kind === 'race';
  const event = await insertEvent(
    ctx.db,
    {
      athleteId: input.athleteId,
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      title: input.title,
      body: input.body ?? '',
      priority: race ? (input.priority ?? DEFAULT_RACE_PRIORITY) : null,
      raceType: race ? (input.raceType === undefined ? inferRaceType(input.title) : input.raceType) : null,
    },
    ctx.now().toISOString(),
  );
  ctx.events.emit({ type: 'data.changed', scope: 'events' });
  return event;
}
