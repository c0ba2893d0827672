import { useState } from 'react';
import type { AthleteEvent } from '../../../src-main/common/contract';
import type { EventKind } from '../../../src-main/common/domain/events/event-kinds';
import { racePriorityLabel } from '../../../src-main/common/domain/events/race-details';
import { formatDate } from '../../format/dates';
import { EventForm } from './EventForm';
import { KIND_LABELS } from './event-labels';

const KIND_TONES: Partial<Record<EventKind, string>> = {
  illness: 'danger',
  injury: 'danger',
  race: 'ok',
  life_stress: 'warn',
};

const SHOWN_AT_FIRST = 5;

/** The latest notes and life events (illness, travel, races) that explain the numbers. */
export function EventsList({ events }: { events: AthleteEvent[] }) {
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<number>();
  const sorted = [...events].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const shown = showAll ? sorted : sorted.slice(0, SHOWN_AT_FIRST);
  if (shown.length === 0) return <p className="muted">No notes or events recorded.</p>;
  return (
    <>
      <ul className="event-list">
        {shown.map((event) =>
          editing === event.id ? (
            <li key={event.id}>
              <EventForm
                athleteId={event.athleteId}
                event={event}
                onSaved={() => setEditing(undefined)}
                onCancel={() => setEditing(undefined)}
              />
            </li>
          ) : (
            <li key={event.id}>
              <div>
                <span className={`badge ${KIND_TONES[event.kind] ?? ''}`}>{KIND_LABELS[event.kind]}</span>{' '}
                {event.priority && <span className="badge">{racePriorityLabel(event.priority)}</span>}{' '}
                <strong>{event.title}</strong>{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={`Edit ${event.title}`}
                  onClick={() => setEditing(event.id)}
                >
                  Edit
                </button>
              </div>
              <div className="muted">
                {formatDate(event.startDate)}
                {event.endDate && event.endDate !== event.startDate && ` – ${formatDate(event.endDate)}`}
              </div>
              {event.body && <div>{event.body}</div>}
            </li>
          ),
        )}
      </ul>
      {sorted.length > SHOWN_AT_FIRST && (
        <button type="button" className="link" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${sorted.length}`}
        </button>
      )}
    </>
  );
}
