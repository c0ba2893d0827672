import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '../../components/FormActions';
import type {
  PlanView,
  ReplanPreview,
  ReplanRequest,
  ReplanSessionView,
} from '../../../src-main/common/contract/plans';
import {
  ILLNESS_DAYS,
  INJURY_DEFAULT_DAYS,
  INJURY_SPORTS,
  REPLAN_REASONS,
  type InjurySport,
  type ReplanReasonKind,
} from '../../../src-main/common/domain/planner/replan-reasons';
import { useCallMutation } from '../../api/use-call';
import { addDaysIso } from '../../format/dates';
import { SPORT_LABELS } from '../../format/sports';
import { formatDay, formatDuration } from '../../../src-main/common/format';

const REASON_LABELS: Record<ReplanReasonKind, string> = {
  fatigue: 'Fatigue / poor recovery',
  illness: 'Illness',
  'time-constraints': 'Time constraints',
  injury: 'Injury',
  ahead: 'Ahead of plan',
  other: 'Other',
};

/**
 * Re-planning for a reason: the coach picks why, the main process computes the re-plan without saving it,
 * and the dialog shows what would change — the sentence behind it, the next seven days and each changed week
 * and day before → after — so nothing is written until the coach accepts what they have seen. Changing the
 * reason or its numbers drops the preview, so what is accepted is always what was shown.
 */
export function ReplanDialog({
  plan,
  initial,
  onApplied,
  onClose,
}: {
  plan: PlanView;
  /** A reason already known (an event the coach just logged): the dialog opens on its preview. */
  initial?: { kind: ReplanReasonKind; note: string };
  onApplied?: () => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const weeksAhead = plan.weeks.filter((w) => addDaysIso(w.startDate, 6) >= plan.today);
  const [kind, setKind] = useState<ReplanReasonKind>(initial?.kind ?? 'fatigue');
  const [illnessDays, setIllnessDays] = useState<number>(ILLNESS_DAYS.default);
  const [weeks, setWeeks] = useState<number[]>(weeksAhead.slice(0, 1).map((w) => w.index));
  const [hours, setHours] = useState(5);
  const [sport, setSport] = useState<InjurySport>('run');
  const [until, setUntil] = useState(() =>
    minDate(addDaysIso(plan.today, INJURY_DEFAULT_DAYS - 1), addDaysIso(plan.raceDate, -1)),
  );
  const [note, setNote] = useState(initial?.note ?? '');
  const [preview, setPreview] = useState<ReplanPreview | null>(null);
  const previewing = useCallMutation('plans.previewReplan');
  const applying = useCallMutation('plans.applyReplan');

  useEffect(() => dialogRef.current?.showModal(), []);
  // Only on opening: the preview of the reason it was opened with.
  useEffect(() => {
    if (initial) previewing.run(request(), setPreview);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Any edit makes the shown preview stale. */
  function edited<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setPreview(null);
      previewing.reset();
      applying.reset();
    };
  }

  function request(): ReplanRequest {
    const base = { planId: plan.id, note: note.trim() };
    switch (kind) {
      case 'illness':
        return { ...base, reasonKind: kind, params: { days: illnessDays } };
      case 'time-constraints':
        return { ...base, reasonKind: kind, params: { weeks, hours } };
      case 'injury':
        return { ...base, reasonKind: kind, params: { sport, to: until } };
      default:
        return { ...base, reasonKind: kind, params: {} };
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (preview) {
      applying.run(request(), () => {
        onApplied?.();
        onClose();
      });
    } else {
      previewing.run(request(), setPreview);
    }
  }

  const ready =
    (kind !== 'other' || note.trim() !== '') &&
    (kind !== 'time-constraints' || weeks.length > 0) &&
    Number.isFinite(hours);
  const field = (name: string) => `${id}-${name}`;

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby={field('title')} className="replan-dialog">
      <form onSubmit={submit} className="stack">
        <h2 id={field('title')}>Re-plan the unlocked days</h2>
        <p className="muted">
          From today ({formatDay(plan.today)}) to race day. Locked days and the past stay as they are; nothing changes
          until you accept the preview.
        </p>
        <fieldset className="reason-presets">
          <legend>Why re-plan?</legend>
          {REPLAN_REASONS.map((reason) => (
            <label key={reason} className={`chip${kind === reason ? ' selected' : ''}`}>
              <input
                type="radio"
                name={field('kind')}
                value={reason}
                checked={kind === reason}
                onChange={() => edited(setKind)(reason)}
              />
              {REASON_LABELS[reason]}
            </label>
          ))}
        </fieldset>

        {kind === 'illness' && (
          <div className="field">
            <label htmlFor={field('days')}>
              Days of rest{' '}
              <span className="unit">
                ({ILLNESS_DAYS.min}–{ILLNESS_DAYS.max}, from today)
              </span>
            </label>
            <input
              id={field('days')}
              type="number"
              min={ILLNESS_DAYS.min}
              max={ILLNESS_DAYS.max}
              value={illnessDays}
              onChange={(e) => edited(setIllnessDays)(e.target.valueAsNumber)}
            />
          </div>
        )}
        {kind === 'time-constraints' && (
          <>
            <fieldset className="reason-presets">
              <legend>Weeks with less time</legend>
              {weeksAhead.map((w) => {
                const chosen = weeks.includes(w.index);
                return (
                  <button
                    key={w.index}
                    type="button"
                    className={`chip${chosen ? ' selected' : ''}`}
                    aria-pressed={chosen}
                    onClick={() =>
                      edited(setWeeks)(
                        chosen ? weeks.filter((x) => x !== w.index) : [...weeks, w.index].sort((a, b) => a - b),
                      )
                    }
                  >
                    Week {w.index} · {formatDay(w.startDate)}
                  </button>
                );
              })}
            </fieldset>
            <div className="field">
              <label htmlFor={field('hours')}>
                Hours available in each of those weeks <span className="unit">(h, 0–40)</span>
              </label>
              <input
                id={field('hours')}
                type="number"
                min={0}
                max={40}
                step={0.5}
                value={hours}
                onChange={(e) => edited(setHours)(e.target.valueAsNumber)}
              />
            </div>
          </>
        )}
        {kind === 'injury' && (
          <div className="replan-params">
            <div className="field">
              <label htmlFor={field('sport')}>Sport to leave out</label>
              <select
                id={field('sport')}
                value={sport}
                onChange={(e) => edited(setSport)(e.target.value as InjurySport)}
              >
                {INJURY_SPORTS.map((s) => (
                  <option key={s} value={s}>
                    {SPORT_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={field('until')}>Until (inclusive)</label>
              <input
                id={field('until')}
                type="date"
                min={plan.today}
                max={addDaysIso(plan.raceDate, -1)}
                value={until}
                onChange={(e) => edited(setUntil)(e.target.value)}
              />
            </div>
          </div>
        )}
        <div className="field">
          <label htmlFor={field('note')}>
            Note{' '}
            <span className="unit">
              ({kind === 'other' ? 'required: say why' : 'optional'}; saved in the change log)
            </span>
          </label>
          <input
            id={field('note')}
            type="text"
            value={note}
            maxLength={500}
            placeholder="e.g. HRV below baseline five days running"
            onChange={(e) => edited(setNote)(e.target.value)}
          />
        </div>

        {preview && <PreviewOf preview={preview} />}
        <FormActions
          error={previewing.error ?? applying.error}
          onCancel={onClose}
          submitLabel={preview ? 'Accept re-plan' : 'Preview'}
          busy={previewing.pending || applying.pending}
          busyLabel={preview ? 'Saving…' : 'Planning…'}
          submitClass={preview ? 'solid' : 'primary'}
          canSubmit={ready}
        />
      </form>
    </dialog>
  );
}

function PreviewOf({ preview }: { preview: ReplanPreview }) {
  const { before, after } = preview.nextSevenDays;
  const change = before > 0 ? (after - before) / before : 0;
  return (
    <section className="replan-preview" aria-label="Re-plan preview">
      <p className="replan-explanation">{preview.explanation}</p>
      <p>
        <strong>Next 7 days from {formatDay(preview.from)}:</strong> {tss(before)} → {tss(after)}{' '}
        <span className="muted">({signedPercent(change)})</span>
      </p>
      {!preview.feasible && (
        <ul className="replan-warnings">
          {preview.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {preview.weeks.length === 0 && preview.days.length === 0 ? (
        <p className="muted">The re-plan would leave every day as it is.</p>
      ) : (
        <>
          <div className="replan-table-wrap replan-weeks-wrap">
            <table className="data replan-weeks" aria-label="Weekly totals before and after">
              <thead>
                <tr>
                  <th>Week</th>
                  <th className="num">Load before → after (TSS)</th>
                  <th className="num">Time before → after</th>
                </tr>
              </thead>
              <tbody>
                {preview.weeks.map((w) => (
                  <tr key={w.index}>
                    <td>
                      Week {w.index} <span className="muted">· {formatDay(w.startDate)}</span>
                    </td>
                    <td className="num">
                      {Math.round(w.before.load)} → <strong>{Math.round(w.after.load)}</strong>
                    </td>
                    <td className="num">
                      {formatDuration(w.before.hours * 3600)} → <strong>{formatDuration(w.after.hours * 3600)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="replan-table-wrap replan-days-wrap">
            <table className="data replan-days" aria-label="Days that change">
              <thead>
                <tr>
                  <th>Day</th>
                  <th>Before</th>
                  <th>After</th>
                </tr>
              </thead>
              <tbody>
                {preview.days.map((d) => (
                  <tr key={d.date}>
                    <td className="replan-day">{formatDay(d.date)}</td>
                    <td>
                      <Sessions sessions={d.before} />
                    </td>
                    <td>
                      <Sessions sessions={d.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Sessions({ sessions }: { sessions: readonly ReplanSessionView[] }) {
  if (sessions.length === 0) return <span className="muted">Rest</span>;
  return (
    <ul className="replan-sessions">
      {sessions.map((s, i) => (
        <li key={i}>
          {s.name}
          {s.hard && <span className="replan-hard"> hard</span>}{' '}
          <span className="muted">
            {SPORT_LABELS[s.sport]} · {formatDuration(s.minutes * 60)} · {tss(s.load)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function tss(load: number): string {
  return `${Math.round(load)} TSS`;
}

function signedPercent(share: number): string {
  const value = Math.round(share * 100);
  return value > 0 ? `+${value} %` : value < 0 ? `−${-value} %` : '±0 %';
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
