import type { ReactNode } from 'react';
import { useState } from 'react';
import type { CallBrief } from '../../../src-main/common/contract';
import { raceNameWithPriority } from '../../../src-main/common/domain/events/race-details';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/errors';
import { useCall, useTask } from '../../api/use-call';
import { ComplianceChip } from '../../components/ComplianceChip';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/dates';
import { SPORT_LABELS } from '../../format/sports';
import { injuryTitle, INJURY_STATUS_LABELS } from '../athlete/InjuryLog';
import { SEVERITY_LABELS, SEVERITY_TONES } from '../inbox/inbox-labels';
import { AgendaEditor } from './AgendaEditor';
import { KeyNumbersTable } from './KeyNumbersTable';
import './brief.css';
import { formatClock } from '../../../src-main/common/format';

const CADENCES = [null, 7, 14, 21, 28] as const;

function cadenceLabel(days: number | null): string {
  return days === null
    ? 'No fixed cadence'
    : days % 7 === 0
      ? `Every ${days / 7 === 1 ? 'week' : `${days / 7} weeks`}`
      : `Every ${days} days`;
}

/** A card of the brief; a `wide` one (a table of several columns) spans the whole grid rather than spilling into its neighbour. */
function BriefSection({
  title,
  empty,
  wide,
  children,
}: {
  title: string;
  empty: string | false;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={wide ? 'card brief-section brief-wide' : 'card brief-section'}>
      <h2>{title}</h2>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

function CallControls({ brief }: { brief: CallBrief }) {
  const task = useTask();
  const busy = task.pending;
  const [exported, setExported] = useState<string>();

  async function exportPdf() {
    const { fileName, base64 } = await api.call('briefs.pdf', { athleteId: brief.athlete.id });
    const result = await api.saveFile({ fileName, base64, mimeType: 'application/pdf' });
    setExported(
      result.kind === 'saved'
        ? `Saved to ${result.path}`
        : result.kind === 'downloaded'
          ? `Downloaded ${fileName}`
          : undefined,
    );
  }

  return (
    <div className="no-print">
      <div className="toolbar brief-controls">
        <label>
          Call cadence{' '}
          <select
            value={brief.cadenceDays ?? ''}
            disabled={busy}
            onChange={(e) => {
              // Read now: the task runs a moment later, when the select shows the stored cadence again.
              const cadenceDays = e.target.value === '' ? null : Number(e.target.value);
              task.run(() => api.call('briefs.setCadence', { athleteId: brief.athlete.id, cadenceDays }));
            }}
          >
            {CADENCES.map((days) => (
              <option key={days ?? 'none'} value={days ?? ''}>
                {cadenceLabel(days)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            task.run(() => api.call('briefs.markHeld', { athleteId: brief.athlete.id, date: brief.today }))
          }
        >
          Mark call held today
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => task.run(exportPdf)}>
          Export PDF
        </button>
        {exported && (
          <span role="status" className="muted">
            {exported}
          </span>
        )}
      </div>
      {task.error && <ErrorBanner error={task.error} />}
    </div>
  );
}

function CallDue({ brief }: { brief: CallBrief }) {
  if (!brief.nextCallDue) return null;
  const due = brief.nextCallDue <= brief.today;
  return (
    <span className={due ? 'badge danger' : undefined} data-testid="next-call">
      {due ? 'Call due' : 'Next call'} {formatDate(brief.nextCallDue)}
    </span>
  );
}

function BriefBody({ brief }: { brief: CallBrief }) {
  return (
    <div className="brief-grid">
      <BriefSection title="Open anomalies" empty={brief.anomalies.length === 0 && 'None open.'}>
        <ul className="event-list">
          {brief.anomalies.map((a) => (
            <li key={a.id}>
              <span className={`badge ${SEVERITY_TONES[a.severity]}`}>{SEVERITY_LABELS[a.severity]}</span>{' '}
              <strong>{a.ruleLabel}</strong> <span className="muted">{formatDate(a.date)}</span>
              <div>{a.reason}</div>
            </li>
          ))}
        </ul>
      </BriefSection>
      <BriefSection title="Injuries" empty={brief.injuries.length === 0 && 'None logged.'}>
        <ul className="event-list">
          {brief.injuries.map((injury) => (
            <li key={injury.id}>
              <strong>{injuryTitle(injury)}</strong>{' '}
              <span className="muted">
                {INJURY_STATUS_LABELS[injury.status]} · severity {injury.severity}/10 · since{' '}
                {formatDate(injury.startedOn)}
              </span>
              {injury.updates.at(-1)?.note && <div>{injury.updates.at(-1)!.note}</div>}
            </li>
          ))}
        </ul>
      </BriefSection>
      <BriefSection title="Plan changes" empty={brief.planChanges.length === 0 && 'No changes since the last call.'}>
        <ul className="event-list">
          {brief.planChanges.map((change) => (
            <li key={`${change.planId}-${change.id}`}>
              <span className="muted">
                {formatDate(change.at)} · {change.planName} · by {change.actor}
              </span>
              <div>{change.summary}</div>
              {change.reason && <div className="muted">Why: {change.reason}</div>}
            </li>
          ))}
        </ul>
      </BriefSection>
      <BriefSection title="Compliance" empty={!brief.compliance && 'Nothing was planned in this period.'}>
        {brief.compliance && (
          <p>
            <ComplianceChip compliance={brief.compliance} /> {brief.compliance.sessionsDone} of{' '}
            {brief.compliance.sessionsPlanned} sessions done. {brief.compliance.explanation}
          </p>
        )}
      </BriefSection>
      <BriefSection title="Upcoming sessions" wide empty={brief.upcoming.length === 0 && 'Nothing planned ahead.'}>
        <table className="data" aria-label="Upcoming sessions">
          <thead>
            <tr>
              <th>Date</th>
              <th>Session</th>
              <th>Sport</th>
              <th className="num">Duration (h:mm:ss)</th>
              <th className="num">Load (TSS)</th>
            </tr>
          </thead>
          <tbody>
            {brief.upcoming.map((session) => (
              <tr key={`${session.date}-${session.name}`}>
                <td className="nowrap">{formatDate(session.date)}</td>
                <td>{session.name}</td>
                <td>{SPORT_LABELS[session.sport]}</td>
                <td className="num">{formatClock(session.plannedSeconds)}</td>
                <td className="num">{Math.round(session.plannedLoad)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </BriefSection>
      <BriefSection title="Races" empty={brief.races.length === 0 && 'No races ahead.'}>
        <ul className="event-list">
          {brief.races.map((race) => (
            <li key={`${race.date}-${race.name}`}>
              <strong>{raceNameWithPriority(race.name, race.priority)}</strong>{' '}
              <span className="muted">{formatDate(race.date)}</span>
            </li>
          ))}
        </ul>
      </BriefSection>
      <BriefSection title="Recent notes" empty={brief.notes.length === 0 && 'No notes since the last call.'}>
        <ul className="event-list">
          {brief.notes.map((note) => (
            <li key={note.ref}>
              <span className="muted">{formatDate(note.date)}</span> {note.text}
            </li>
          ))}
        </ul>
      </BriefSection>
    </div>
  );
}

/** One page for the next call with an athlete: what changed since the last one, and what to talk about. */
export function CallBriefPage({ athleteId }: { athleteId: number }) {
  const brief = useCall('briefs.get', { athleteId });
  if (brief.error instanceof ApiCallError && brief.error.code === 'NOT_FOUND') {
    return (
      <EmptyState title="Athlete not found">
        <p>
          Back to the <a href="#/roster">roster</a>.
        </p>
      </EmptyState>
    );
  }
  if (brief.error) return <ErrorBanner error={brief.error} onRetry={brief.refetch} />;
  if (!brief.data) return <Loading what="call brief" />;
  const b = brief.data;
  const sinceLabel = b.lastCall ? `At last call, ${formatDate(b.lastCall)}` : `On ${formatDate(b.since)}`;
  return (
    <div className="page call-brief">
      <header className="page-header">
        <div>
          <h1>Call brief: {b.athlete.name}</h1>
          <p className="muted">
            {formatDate(b.since)} – {formatDate(b.today)} ·{' '}
            {b.lastCall ? `last call ${formatDate(b.lastCall)}` : 'no call recorded yet'} ·{' '}
            {cadenceLabel(b.cadenceDays).toLowerCase()}
            {b.nextCallDue && ' · '}
            <CallDue brief={b} />
          </p>
        </div>
        <a className="no-print" href={`#/athletes/${athleteId}`}>
          Back to {b.athlete.name}
        </a>
      </header>
      <CallControls brief={b} />
      <section className="card brief-section">
        <h2>Key numbers</h2>
        {b.keyNumbers.length === 0 ? (
          <p className="muted">No numbers yet.</p>
        ) : (
          <KeyNumbersTable numbers={b.keyNumbers} sinceLabel={sinceLabel} />
        )}
      </section>
      <section className="card brief-section">
        <AgendaEditor
          key={`${b.agendaSaved}-${b.agenda}`}
          athleteId={athleteId}
          agenda={b.agenda}
          saved={b.agendaSaved}
        />
      </section>
      <BriefBody brief={b} />
    </div>
  );
}
