import { useEffect, useRef, useState } from 'react';
import type { PlanView, WorkoutListItem } from '../../../src-main/common/contract';
import { WORKOUT_SPORTS, type WorkoutSport } from '../../../src-main/common/domain/workouts/workout-schema';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SPORT_LABELS } from '../../format/sports';
import { CHANGE_REASONS } from './ReasonDialog';
import { formatDay, formatDuration } from '../../../src-main/common/format';

/** Picks a library session for one day, priced for this athlete, and asks why it is added. */
export function AddWorkoutDialog({ plan, date, onClose }: { plan: PlanView; date: string; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [sport, setSport] = useState<WorkoutSport | ''>('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<WorkoutListItem | null>(null);
  const [reason, setReason] = useState('');
  const adding = useCallMutation('plans.addWorkout');
  const library = useCall('workouts.list', {
    athleteId: plan.athleteId,
    ...(sport ? { sport } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
  });

  useEffect(() => dialogRef.current?.showModal(), []);

  function add() {
    if (!chosen) return;
    adding.run({ planId: plan.id, date, libraryWorkoutId: chosen.id, reason: reason.trim() }, onClose);
  }

  return (
    <dialog ref={dialogRef} onClose={onClose} aria-labelledby="add-workout-title" className="add-workout-dialog">
      <h2 id="add-workout-title">Add a session on {formatDay(date)}</h2>
      <div className="toolbar">
        <select value={sport} onChange={(e) => setSport(e.target.value as WorkoutSport | '')} aria-label="Sport">
          <option value="">All sports</option>
          {WORKOUT_SPORTS.map((s) => (
            <option key={s} value={s}>
              {SPORT_LABELS[s]}
            </option>
          ))}
        </select>
        <input
          type="search"
          className="search-input"
          placeholder="Search the library"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="Search the library"
        />
      </div>
      {library.error && <ErrorBanner error={library.error} onRetry={library.refetch} />}
      {!library.data ? (
        <Loading what="library" />
      ) : (
        <ul className="library-pick" aria-label="Library workouts">
          {library.data.workouts.map((w) => (
            <li key={w.id}>
              <label>
                <input
                  type="radio"
                  name="library-workout"
                  checked={chosen?.id === w.id}
                  onChange={() => setChosen(w)}
                />
                <strong>{w.name}</strong>{' '}
                <span className="muted">
                  {SPORT_LABELS[w.sport]} · {formatDuration(w.summary.seconds)} · {Math.round(w.summary.load)} TSS
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="add-workout-reason">Reason (saved in the change log)</label>
        <input
          id="add-workout-reason"
          list="add-workout-reasons"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <datalist id="add-workout-reasons">
          {CHANGE_REASONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </div>
      {adding.error && <ErrorBanner error={adding.error} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="solid"
          disabled={!chosen || reason.trim() === '' || adding.pending}
          onClick={add}
        >
          {adding.pending ? 'Adding…' : 'Add session'}
        </button>
      </div>
    </dialog>
  );
}
