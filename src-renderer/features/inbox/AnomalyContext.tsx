import type { ReactNode } from 'react';
import type { AnomalyDetail } from '../../../src-main/common/contract';
import { formatDate } from '../../format/dates';
import { injuryTitle, INJURY_STATUS_LABELS } from '../athlete/InjuryLog';
import { EventsList } from '../athlete/EventsList';

const NOTE_SOURCES = { coach: 'Coach', athlete: 'Athlete', wellness: 'Wellness log', activity: 'Activity' } as const;

function Section({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  return (
    <section className="context-section">
      <h4>{title}</h4>
      {empty ? <p className="muted">None.</p> : children}
    </section>
  );
}

/**
 * What was going on around the finding — the same signal means rest after a long-haul flight and a
 * doctor during an illness — so the coach judges it with the athlete's life in view.
 */
export function AnomalyContext({ anomaly }: { anomaly: AnomalyDetail }) {
  const openInjuries = anomaly.injuries.filter((injury) => injury.status !== 'resolved');
  return (
    <div className="anomaly-context">
      <Section title="Logged events" empty={anomaly.events.length === 0}>
        <EventsList events={anomaly.events} />
      </Section>
      <Section title="Recent notes" empty={anomaly.notes.length === 0}>
        <ul className="event-list">
          {anomaly.notes.map((note) => (
            <li key={note.ref}>
              <div className="muted">
                {formatDate(note.date)} · {NOTE_SOURCES[note.source]}
              </div>
              <div>{note.text}</div>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Recent plan changes" empty={anomaly.planChanges.length === 0}>
        <ul className="event-list">
          {anomaly.planChanges.map((change) => (
            <li key={`${change.planId}-${change.id}`}>
              <div className="muted">
                {formatDate(change.at)} · <a href={`#/planner/${change.planId}`}>{change.planName}</a> · by{' '}
                {change.actor}
              </div>
              <div>{change.summary}</div>
              {change.reason && <div className="muted">Why: {change.reason}</div>}
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Open injuries" empty={openInjuries.length === 0}>
        <ul className="event-list">
          {openInjuries.map((injury) => (
            <li key={injury.id}>
              <strong>{injuryTitle(injury)}</strong>{' '}
              <span className="muted">
                {INJURY_STATUS_LABELS[injury.status]} · severity {injury.severity}/10 · since{' '}
                {formatDate(injury.startedOn)}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
