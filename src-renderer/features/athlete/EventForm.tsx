import { useId, useState, type FormEvent } from 'react';
import { FormActions } from '../../components/FormActions';
import type { AthleteEvent } from '../../../src-main/common/contract';
import type { EventKind } from '../../../src-main/common/domain/events/event-kinds';
import {
  DEFAULT_RACE_PRIORITY,
  inferRaceType,
  RACE_PRIORITIES,
  type RacePriority,
} from '../../../src-main/common/domain/events/race-details';
import { RACE_TYPES, type RaceType } from '../../../src-main/common/domain/planner/types';
import { fieldError, isFieldError } from '../../api/errors';
import { useCallMutation } from '../../api/use-call';
import { Field } from '../../components/Field';
import { useAthleteToday } from './athlete-today';
import { RACE_TYPE_LABELS } from '../planner/plan-format';
import { KIND_LABELS } from './event-labels';

/** Notes have their own panel; these are the life events that explain the numbers. */
const FORM_KINDS: EventKind[] = ['race', 'travel', 'illness', 'injury', 'life_stress'];

const PRIORITY_OPTIONS: Record<RacePriority, string> = { A: 'A — goal race', B: 'B', C: 'C' };

/**
 * A new event, or an edit of `event`; for a race also its priority and race type, which the planner
 * plans around.
 */
export function EventForm({
  athleteId,
  event,
  onSaved,
  onCancel,
}: {
  athleteId: number;
  event?: AthleteEvent;
  onSaved: (saved: AthleteEvent) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [kind, setKind] = useState<EventKind>(event?.kind ?? 'race');
  const [title, setTitle] = useState(event?.title ?? '');
  const today = useAthleteToday();
  const [startDate, setStartDate] = useState(event?.startDate ?? today);
  const [endDate, setEndDate] = useState(event?.endDate ?? '');
  const [body, setBody] = useState(event?.body ?? '');
  const [priority, setPriority] = useState<RacePriority>(event?.priority ?? DEFAULT_RACE_PRIORITY);
  // Undefined until the coach picks one (a stored race has its pick): until then the type follows the title.
  const [chosenRaceType, setChosenRaceType] = useState<RaceType | null | undefined>(
    event?.kind === 'race' ? event.raceType : undefined,
  );
  const create = useCallMutation('events.create');
  const update = useCallMutation('events.update');
  const { error, pending } = event ? update : create;

  const race = kind === 'race';
  const raceType = chosenRaceType === undefined ? inferRaceType(title) : chosenRaceType;

  // Notes are written in their own panel, but an event of that kind stays editable here.
  const kinds = event && !FORM_KINDS.includes(event.kind) ? [...FORM_KINDS, event.kind] : FORM_KINDS;

  function submit(e: FormEvent) {
    e.preventDefault();
    const fields = {
      kind,
      startDate,
      // A race is one day; a "to" typed before switching to race is not sent.
      endDate: race || endDate === '' ? null : endDate,
      title,
      body,
      ...(race && { priority, raceType }),
    };
    if (event) update.run({ id: event.id, ...fields }, onSaved);
    else create.run({ athleteId, ...fields }, onSaved);
  }

  return (
    <form className="event-form" onSubmit={submit} aria-label={event ? 'Edit event' : 'New event'}>
      <div className="form-grid">
        <Field id={`${id}-kind`} label="Kind">
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-title`} label="Title" error={fieldError(error, 'title')}>
          <input
            id={`${id}-title`}
            type="text"
            value={title}
            maxLength={200}
            placeholder={race ? 'e.g. Riverside Half Marathon' : 'e.g. Flight to Tokyo'}
            onChange={(e) => setTitle(e.target.value)}
            required
          />
        </Field>
        <Field id={`${id}-from`} label={race ? 'Race day' : 'From'} error={fieldError(error, 'startDate')}>
          <input
            id={`${id}-from`}
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            required
          />
        </Field>
        {!race && (
          <Field id={`${id}-to`} label="To" hint="Empty while it goes on" error={fieldError(error, 'endDate')}>
            <input
              id={`${id}-to`}
              type="date"
              value={endDate}
              min={startDate}
              onChange={(e) => setEndDate(e.target.value)}
            />
          </Field>
        )}
        {race && (
          <>
            <Field id={`${id}-priority`} label="Priority" error={fieldError(error, 'priority')}>
              <select
                id={`${id}-priority`}
                value={priority}
                onChange={(e) => setPriority(e.target.value as RacePriority)}
              >
                {RACE_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {PRIORITY_OPTIONS[p]}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={`${id}-race-type`}
              label="Race type"
              hint={chosenRaceType === undefined && raceType !== null ? 'Read from the title' : undefined}
              error={fieldError(error, 'raceType')}
            >
              <select
                id={`${id}-race-type`}
                value={raceType ?? ''}
                onChange={(e) => setChosenRaceType(e.target.value === '' ? null : (e.target.value as RaceType))}
              >
                <option value="">Unknown</option>
                {RACE_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {RACE_TYPE_LABELS[t]}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
        <Field id={`${id}-body`} label="Note">
          <input
            id={`${id}-body`}
            type="text"
            value={body}
            maxLength={10_000}
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
      </div>
      <FormActions
        error={isFieldError(error) ? undefined : error}
        onCancel={onCancel}
        submitLabel="Save event"
        busy={pending}
      />
    </form>
  );
}
