import { AppError, type AthleteEvent } from '../../common/contract';
import type { EventKind } from '../../common/domain/events/event-kinds';
import { DEFAULT_RACE_PRIORITY, inferRaceType, type RacePriority } from '../../common/domain/events/race-details';
import type { RaceType } from '../../common/domain/planner/types';
import { findEvent, insertEvent, listEvents, updateEvent, type EventFields } from '../db/repositories/events';
import type { ServiceContext } from './context';
import { getAthlete } from './athletes';

export async function listAthleteEvents(ctx: ServiceContext, athleteId: number): Promise<AthleteEvent[]> {
  await getAthlete(ctx, athleteId);
  return listEvents(ctx.db, athleteId);
}

/** An event's fields as the contract has validated them (only races carry a priority or race type). */
export interface AthleteEventInput {
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

/** The stored fields, with a race's defaults filled in; create and update share them. */
function eventFields(input: AthleteEventInput): EventFields {
  if (input.endDate && input.endDate < input.startDate) {
    throw new AppError('VALIDATION', 'endDate must not be before startDate', 'endDate');
  }
  const race = input.kind === 'race';
  return {
    kind: input.kind,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    title: input.title,
    body: input.body ?? '',
    priority: race ? (input.priority ?? DEFAULT_RACE_PRIORITY) : null,
    raceType: race ? (input.raceType === undefined ? inferRaceType(input.title) : input.raceType) : null,
  };
}

export async function createAthleteEvent(
  ctx: ServiceContext,
  input: AthleteEventInput & { athleteId: number },
): Promise<AthleteEvent> {
  await getAthlete(ctx, input.athleteId);
  const event = await insertEvent(
    ctx.db,
    { athleteId: input.athleteId, ...eventFields(input) },
    ctx.now().toISOString(),
  );
  ctx.events.emit({ type: 'data.changed', scope: 'events', athleteId: input.athleteId });
  return event;
}

export async function updateAthleteEvent(
  ctx: ServiceContext,
  input: AthleteEventInput & { id: number },
): Promise<AthleteEvent> {
  if (!(await findEvent(ctx.db, input.id))) throw new AppError('NOT_FOUND', `No event with id ${input.id}`, 'id');
  const event = await updateEvent(ctx.db, input.id, eventFields(input));
  ctx.events.emit({ type: 'data.changed', scope: 'events', athleteId: event.athleteId });
  return event;
}
