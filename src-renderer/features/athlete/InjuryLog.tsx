import { useId, useState, type FormEvent } from 'react';
import { FormActions } from '../../components/FormActions';
import {
  INJURY_SIDES,
  INJURY_STATUSES,
  type InjurySide,
  type InjuryStatus,
  type InjuryView,
} from '../../../src-main/common/contract';
import { fieldError, isFieldError } from '../../api/errors';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/dates';
import { useAthleteToday, WhenAthleteTodayKnown } from './athlete-today';

export const INJURY_STATUS_LABELS: Record<InjuryStatus, string> = {
  monitoring: 'Monitoring',
  active: 'Active',
  resolved: 'Resolved',
};
const STATUS_TONES: Record<InjuryStatus, string> = { active: 'danger', monitoring: 'warn', resolved: 'ok' };

export function injuryTitle(injury: Pick<InjuryView, 'bodyPart' | 'side'>): string {
  return injury.side ? `${injury.bodyPart} (${injury.side === 'both' ? 'both sides' : injury.side})` : injury.bodyPart;
}

function SeverityAndStatusFields({
  id,
  severity,
  status,
  error,
  onSeverity,
  onStatus,
}: {
  id: string;
  severity: string;
  status: InjuryStatus;
  error: unknown;
  onSeverity: (value: string) => void;
  onStatus: (value: InjuryStatus) => void;
}) {
  return (
    <>
      <Field id={`${id}-severity`} label="Severity" unit="0–10" error={fieldError(error, 'severity')}>
        <input
          id={`${id}-severity`}
          type="number"
          min={0}
          max={10}
          step={1}
          value={severity}
          onChange={(e) => onSeverity(e.target.value)}
          required
        />
      </Field>
      <Field id={`${id}-status`} label="Status">
        <select id={`${id}-status`} value={status} onChange={(e) => onStatus(e.target.value as InjuryStatus)}>
          {INJURY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {INJURY_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

export interface InjuryDraft {
  bodyPart: string;
  side: InjurySide | null;
  startedOn: string;
  sourceAnomalyId: number | null;
}

/**
 * A new injury record: from the athlete page, empty and starting on the athlete's today; from the inbox,
 * prefilled from the note it flagged.
 */
export function InjuryForm({
  athleteId,
  initial,
  onSaved,
  onCancel,
}: {
  athleteId: number;
  initial: InjuryDraft;
  onSaved: (injury: InjuryView) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [bodyPart, setBodyPart] = useState(initial.bodyPart);
  const [side, setSide] = useState<InjurySide | null>(initial.side);
  const [startedOn, setStartedOn] = useState(initial.startedOn);
  const [severity, setSeverity] = useState('3');
  const [status, setStatus] = useState<InjuryStatus>('monitoring');
  const [note, setNote] = useState('');
  const create = useCallMutation('injuries.create');
  const error = create.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    create.run(
      {
        athleteId,
        bodyPart,
        side,
        startedOn,
        sourceAnomalyId: initial.sourceAnomalyId,
        severity: Number(severity),
        status,
        note,
      },
      onSaved,
    );
  }

  return (
    <form className="injury-form" onSubmit={submit} aria-label="New injury">
      <div className="form-grid">
        <Field id={`${id}-body`} label="Body part" error={fieldError(error, 'bodyPart')}>
          <input
            id={`${id}-body`}
            type="text"
            value={bodyPart}
            maxLength={80}
            placeholder="e.g. Achilles"
            onChange={(e) => setBodyPart(e.target.value)}
            required
          />
        </Field>
        <Field id={`${id}-side`} label="Side">
          <select
            id={`${id}-side`}
            value={side ?? ''}
            onChange={(e) => setSide(e.target.value === '' ? null : (e.target.value as InjurySide))}
          >
            <option value="">Not sided</option>
            {INJURY_SIDES.map((s) => (
              <option key={s} value={s}>
                {s === 'both' ? 'Both' : s === 'left' ? 'Left' : 'Right'}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-started`} label="Started on" error={fieldError(error, 'startedOn')}>
          <input
            id={`${id}-started`}
            type="date"
            value={startedOn}
            onChange={(e) => setStartedOn(e.target.value)}
            required
          />
        </Field>
        <SeverityAndStatusFields
          id={id}
          severity={severity}
          status={status}
          error={error}
          onSeverity={setSeverity}
          onStatus={setStatus}
        />
        <Field id={`${id}-note`} label="Note">
          <input
            id={`${id}-note`}
            type="text"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
      </div>
      <FormActions
        error={isFieldError(error) ? undefined : error}
        onCancel={onCancel}
        submitLabel="Save injury"
        busy={create.pending}
      />
    </form>
  );
}

/** Notes over time: each update records the day's severity and status, so the log shows the course. */
function InjuryUpdateForm({ injury, onSaved }: { injury: InjuryView; onSaved: () => void }) {
  const id = useId();
  const today = useAthleteToday();
  const [date, setDate] = useState(today);
  const [severity, setSeverity] = useState(String(injury.severity));
  const [status, setStatus] = useState<InjuryStatus>(injury.status);
  const [note, setNote] = useState('');
  const update = useCallMutation('injuries.update');
  const error = update.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    update.run({ id: injury.id, date, severity: Number(severity), status, note }, () => {
      setNote('');
      onSaved();
    });
  }

  return (
    <form className="injury-update-form" onSubmit={submit} aria-label={`Update ${injuryTitle(injury)}`}>
      <div className="form-grid">
        <Field id={`${id}-date`} label="Date" error={fieldError(error, 'date')}>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </Field>
        <SeverityAndStatusFields
          id={id}
          severity={severity}
          status={status}
          error={error}
          onSeverity={setSeverity}
          onStatus={setStatus}
        />
        <Field id={`${id}-note`} label="How is it?">
          <input
            id={`${id}-note`}
            type="text"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
      </div>
      {error && !isFieldError(error) && <ErrorBanner error={error} />}
      <div className="dialog-actions">
        <button type="submit" disabled={update.pending}>
          {update.pending ? 'Saving…' : 'Add update'}
        </button>
      </div>
    </form>
  );
}

function InjuryItem({ injury }: { injury: InjuryView }) {
  const [updating, setUpdating] = useState(false);
  const updates = [...injury.updates].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <li className="injury-item">
      <div className="injury-head">
        <span className={`badge ${STATUS_TONES[injury.status]}`}>{INJURY_STATUS_LABELS[injury.status]}</span>{' '}
        <strong>{injuryTitle(injury)}</strong> <span className="muted">· severity {injury.severity}/10</span>
      </div>
      <div className="muted">
        Since {formatDate(injury.startedOn)}
        {injury.resolvedOn && ` · resolved ${formatDate(injury.resolvedOn)}`}
        {injury.sourceAnomalyId !== null && ' · logged from an inbox note'}
      </div>
      {updates.length > 0 && (
        <ul className="injury-updates" aria-label={`Updates on ${injuryTitle(injury)}`}>
          {updates.map((update) => (
            <li key={update.id}>
              <span className="nowrap">{formatDate(update.date)}</span>{' '}
              <span className="muted">
                {update.severity}/10 · {INJURY_STATUS_LABELS[update.status].toLowerCase()}
              </span>
              {update.note && <> — {update.note}</>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link" aria-expanded={updating} onClick={() => setUpdating(!updating)}>
        {updating ? 'Close update' : 'Add an update'}
      </button>
      {updating && (
        <WhenAthleteTodayKnown>
          <InjuryUpdateForm injury={injury} onSaved={() => setUpdating(false)} />
        </WhenAthleteTodayKnown>
      )}
    </li>
  );
}

function NewInjuryForm(props: { athleteId: number; onSaved: () => void; onCancel: () => void }) {
  const today = useAthleteToday();
  return <InjuryForm {...props} initial={{ bodyPart: '', side: null, startedOn: today, sourceAnomalyId: null }} />;
}

/** The athlete's injuries, the open ones first, each with its course of updates. */
export function InjuryLog({ athleteId }: { athleteId: number }) {
  const injuries = useCall('injuries.list', { athleteId });
  const [adding, setAdding] = useState(false);
  const sorted = [...(injuries.data ?? [])].sort(
    (a, b) =>
      Number(a.status === 'resolved') - Number(b.status === 'resolved') || b.startedOn.localeCompare(a.startedOn),
  );
  return (
    <>
      <div className="card-header">
        <h2 id="injuries-title">Injuries</h2>
        <button type="button" onClick={() => setAdding(!adding)} aria-expanded={adding}>
          New injury
        </button>
      </div>
      {adding && (
        <WhenAthleteTodayKnown>
          <NewInjuryForm athleteId={athleteId} onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} />
        </WhenAthleteTodayKnown>
      )}
      {injuries.error && <ErrorBanner error={injuries.error} onRetry={injuries.refetch} />}
      {injuries.isPending && <Loading what="injuries" />}
      {injuries.data &&
        (sorted.length === 0 ? (
          <p className="muted">No injuries logged.</p>
        ) : (
          <ul className="injury-list">
            {sorted.map((injury) => (
              <InjuryItem key={injury.id} injury={injury} />
            ))}
          </ul>
        ))}
    </>
  );
}
