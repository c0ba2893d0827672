import { useState } from 'react';
import type { WorkoutDetail } from '../../../src-main/common/contract';
import { describeWorkout } from '../../../src-main/common/domain/workouts/describe-workout';
import { ApiCallError } from '../../api/errors';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { CATEGORY_LABELS, WORKOUT_SPORT_LABELS } from './workout-labels';
import { WorkoutProfileChart } from './WorkoutProfileChart';
import { WorkoutTotals } from './WorkoutTotals';

/** One library workout for the chosen athlete: totals, profile, steps in words, and what the coach can do with it. */
export function WorkoutDetailPanel({
  workoutId,
  athleteId,
  onEdit,
  onCopy,
  onClose,
}: {
  workoutId: number;
  athleteId: number | undefined;
  onEdit: (detail: WorkoutDetail) => void;
  onCopy: (detail: WorkoutDetail) => void;
  onClose: () => void;
}) {
  const detail = useCall('workouts.get', { id: workoutId, ...(athleteId !== undefined && { athleteId }) });
  const archive = useCallMutation('workouts.archive');
  // Choosing another athlete reloads the numbers; the previous ones stay until they arrive.
  const [shown, setShown] = useState<WorkoutDetail>();
  if (detail.data && detail.data !== shown) setShown(detail.data);

  if (detail.error instanceof ApiCallError && detail.error.code === 'NOT_FOUND' && detail.error.field === 'id') {
    return (
      <section className="card" aria-label="Workout">
        <p>
          There is no workout {workoutId}. <a href="#/workouts">Back to the library</a>.
        </p>
      </section>
    );
  }
  if (detail.error) return <ErrorBanner error={detail.error} onRetry={detail.refetch} />;
  if (!shown) return <Loading what="workout" />;

  const { workout, summary, profile } = shown;
  const { definition } = workout;
  const starter = workout.source === 'starter';

  const setArchived = (archived: boolean) => archive.run({ id: workout.id, archived });

  return (
    <section className="card workout-detail" aria-labelledby="workout-detail-title">
      <div className="card-header">
        <div>
          <h2 id="workout-detail-title">{definition.name}</h2>
          <div className="athlete-meta">
            <span>{WORKOUT_SPORT_LABELS[definition.sport]}</span>
            <span>·</span>
            <span>{CATEGORY_LABELS[definition.category]}</span>
            <span className="badge">{starter ? 'STARTER' : 'MINE'}</span>
            {workout.archivedAt && <span className="badge">ARCHIVED</span>}
          </div>
        </div>
        <div className="toolbar">
          {!starter && (
            <button type="button" onClick={() => onEdit(shown)}>
              Edit
            </button>
          )}
          <button
            type="button"
            onClick={() => onCopy(shown)}
            title={starter ? 'Starter workouts are read-only; edit your own copy' : undefined}
          >
            {starter ? 'Copy and edit' : 'Duplicate'}
          </button>
          <button type="button" onClick={() => setArchived(workout.archivedAt === null)}>
            {workout.archivedAt === null ? 'Archive' : 'Restore'}
          </button>
          <button type="button" onClick={onClose} aria-label="Close workout">
            Close
          </button>
        </div>
      </div>
      {definition.description && <p className="workout-description">{definition.description}</p>}
      <WorkoutTotals summary={summary} sport={definition.sport} />
      <WorkoutProfileChart profile={profile} label={`Profile of ${definition.name}`} />
      <h3>Steps</h3>
      <ol className="workout-steps-text">
        {describeWorkout(definition).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
      {archive.error && <ErrorBanner error={archive.error} />}
    </section>
  );
}
