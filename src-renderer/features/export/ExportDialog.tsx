import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  WORKOUT_FILE_FORMATS,
  WORKOUT_FORMAT_LABELS,
  type ExportedFile,
  type PlannedWorkoutView,
  type PlanView,
  type WorkoutFileFormat,
} from '../../../src-main/common/contract';
import { api } from '../../api/client';
import type { SaveResult } from '../../api/save-file';
import { useCall, useTask } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import './export.css';
import { formatNumber } from '../../../src-main/common/format';

type ExportKind = 'zip' | 'ics' | 'csv' | 'pdf' | 'pdf-week' | 'session';

const KINDS: { kind: ExportKind; label: string; hint: string }[] = [
  {
    kind: 'zip',
    label: 'Bundle for the athlete (.zip)',
    hint: 'Calendar, PDF, spreadsheet and every workout in the formats below',
  },
  { kind: 'ics', label: 'Calendar (.ics)', hint: 'Re-importing a newer export updates the same events' },
  { kind: 'pdf', label: 'Printable plan (PDF)', hint: 'Phases, weekly targets and every session' },
  { kind: 'pdf-week', label: 'One week (PDF)', hint: 'A single week to print or send' },
  { kind: 'csv', label: 'Spreadsheet (.csv)', hint: 'One row per session' },
];

/** Which workout formats a session's sport can go to (the export service refuses the others). */
function formatFits(format: WorkoutFileFormat, sport: PlannedWorkoutView['sport']): boolean {
  if (format === 'zwo') return sport === 'bike' || sport === 'run';
  if (format === 'erg' || format === 'mrc') return sport === 'bike';
  return true;
}

/**
 * Exports a plan to the athlete, or the session selected on the calendar as one workout file. Workout formats and pool length are the athlete's saved preferences
 * (remembered when a bundle is exported); coach-only notes stay out unless ticked, every time.
 */
export function ExportDialog({
  plan,
  session,
  onClose,
}: {
  plan: PlanView;
  session: PlannedWorkoutView | null;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const prefs = useCall('exports.preferences', { athleteId: plan.athleteId });
  const [kind, setKind] = useState<ExportKind>('zip');
  const [from, setFrom] = useState(
    plan.today > plan.startDate && plan.today <= plan.raceDate ? plan.today : plan.startDate,
  );
  const [to, setTo] = useState(plan.raceDate);
  const [week, setWeek] = useState(() => currentWeek(plan));
  const [formats, setFormats] = useState<WorkoutFileFormat[] | null>(null);
  const [poolLength, setPoolLength] = useState<number | null>(null);
  const [coachNotes, setCoachNotes] = useState(false);
  const [sessionFormat, setSessionFormat] = useState<WorkoutFileFormat>('fit');
  const exporting = useTask();
  const [done, setDone] = useState<{ file: ExportedFile; result: SaveResult } | null>(null);

  useEffect(() => dialogRef.current?.showModal(), []);
  const chosenFormats = formats ?? prefs.data?.workoutFormats ?? [];
  const chosenPool = poolLength ?? prefs.data?.poolLengthMeters ?? 25;
  const hasSwim = plan.days.some((d) => d.workouts.some((w) => w.sport === 'swim'));

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    exporting.run(async () => {
      if (kind === 'zip') {
        await api.call('exports.savePreferences', {
          athleteId: plan.athleteId,
          workoutFormats: chosenFormats,
          poolLengthMeters: chosenPool,
        });
      }
      const file = await requestFile();
      setDone({ file, result: await api.saveFile(file) });
    });
  }

  function requestFile(): Promise<ExportedFile> {
    if (kind === 'session') {
      if (!session) throw new Error('Select a session on the calendar first');
      return api.call('exports.workout', { plannedWorkoutId: session.id, format: sessionFormat });
    }
    return api.call('exports.plan', {
      planId: plan.id,
      format: kind === 'pdf-week' ? 'pdf' : kind,
      includeCoachNotes: coachNotes,
      ...(kind === 'pdf-week' ? { week } : { from, to }),
      ...(kind === 'zip' ? { workoutFormats: chosenFormats } : {}),
    });
  }

  const toggleFormat = (format: WorkoutFileFormat) =>
    setFormats(
      chosenFormats.includes(format)
        ? chosenFormats.filter((f) => f !== format)
        : WORKOUT_FILE_FORMATS.filter((f) => f === format || chosenFormats.includes(f)),
    );

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby={`${id}-title`} className="export-dialog">
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>Export for {plan.athleteName}</h2>
        <p className="muted">
          Only this athlete's plan goes into the files; nothing leaves the machine until you save or send them.
        </p>

        <fieldset className="export-kinds">
          <legend>What</legend>
          {KINDS.map((k) => (
            <label key={k.kind} className={kind === k.kind ? 'selected' : ''}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={k.kind}
                checked={kind === k.kind}
                onChange={() => setKind(k.kind)}
              />
              <span>
                <strong>{k.label}</strong>
                <span className="muted">{k.hint}</span>
              </span>
            </label>
          ))}
          {session && (
            <label className={kind === 'session' ? 'selected' : ''}>
              <input
                type="radio"
                name={`${id}-kind`}
                value="session"
                checked={kind === 'session'}
                onChange={() => setKind('session')}
              />
              <span>
                <strong>Selected session as a workout file</strong>
                <span className="muted">
                  {session.name} on {session.date}
                </span>
              </span>
            </label>
          )}
        </fieldset>

        {kind === 'session' && session ? (
          <div className="field">
            <label htmlFor={`${id}-session-format`}>Workout format</label>
            <select
              id={`${id}-session-format`}
              value={sessionFormat}
              onChange={(e) => setSessionFormat(e.target.value as WorkoutFileFormat)}
            >
              {WORKOUT_FILE_FORMATS.filter((f) => formatFits(f, session.sport)).map((f) => (
                <option key={f} value={f}>
                  {WORKOUT_FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
        ) : kind === 'pdf-week' ? (
          <div className="field">
            <label htmlFor={`${id}-week`}>Week</label>
            <select id={`${id}-week`} value={week} onChange={(e) => setWeek(Number(e.target.value))}>
              {plan.weeks.map((w) => (
                <option key={w.index} value={w.index}>
                  Week {w.index} · {w.phase} · from {w.startDate}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="export-range">
            <div className="field">
              <label htmlFor={`${id}-from`}>From</label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                min={plan.startDate}
                max={plan.raceDate}
                required
                onChange={(e) => setFrom(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>To</label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                min={plan.startDate}
                max={plan.raceDate}
                required
                onChange={(e) => setTo(e.target.value)}
              />
            </div>
          </div>
        )}

        {kind === 'zip' && (
          <fieldset className="export-formats">
            <legend>Workout files for {plan.athleteName}'s devices (remembered)</legend>
            {WORKOUT_FILE_FORMATS.map((format) => (
              <label key={format}>
                <input type="checkbox" checked={chosenFormats.includes(format)} onChange={() => toggleFormat(format)} />
                {WORKOUT_FORMAT_LABELS[format]}
              </label>
            ))}
            {hasSwim && (
              <label className="pool-length">
                Pool length for swim workouts
                <select value={chosenPool} onChange={(e) => setPoolLength(Number(e.target.value))}>
                  {[25, 33.33, 50].map((m) => (
                    <option key={m} value={m}>
                      {m} m
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
        )}

        {kind !== 'session' && (
          <label className="export-private">
            <input type="checkbox" checked={coachNotes} onChange={(e) => setCoachNotes(e.target.checked)} />
            <span>
              Include coach notes{' '}
              <span className="muted">(the change log's reasons and feasibility notes: off by default)</span>
            </span>
          </label>
        )}

        {exporting.error && <ErrorBanner error={exporting.error} />}
        {done && <ExportOutcome file={done.file} result={done.result} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {done ? 'Close' : 'Cancel'}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={exporting.pending || (kind === 'zip' && chosenFormats.length === 0)}
          >
            {exporting.pending ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function ExportOutcome({ file, result }: { file: ExportedFile; result: SaveResult }) {
  const size =
    file.byteLength >= 1024 * 1024
      ? `${formatNumber(file.byteLength / 1024 / 1024, 1)} MB`
      : `${Math.max(1, Math.round(file.byteLength / 1024))} KB`;
  const where =
    result.kind === 'saved'
      ? `Saved to ${result.path}`
      : result.kind === 'downloaded'
        ? 'Downloaded'
        : 'Not saved (cancelled)';
  return (
    <div className="banner export-outcome" role="status">
      <strong>{where}:</strong> {file.fileName} ({size}) · {file.summary}
      {file.warnings.length > 0 && (
        <details>
          <summary>
            {file.warnings.length} note{file.warnings.length === 1 ? '' : 's'} on the files
          </summary>
          <ul>
            {file.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function currentWeek(plan: PlanView): number {
  const week = [...plan.weeks].reverse().find((w) => w.startDate <= plan.today);
  return week?.index ?? 1;
}
