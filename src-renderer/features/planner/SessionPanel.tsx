import { useState } from 'react';
import type { PlannedWorkoutView, PlanView } from '../../../src-main/common/contract/plans';
import { describeWorkout } from '../../../src-main/common/domain/workouts/describe-workout';
import { useUnits } from '../../app/app-context';
import { SPORT_LABELS } from '../../format/sports';
import { CATEGORY_LABELS, formatWorkoutDistance } from '../workouts/workout-labels';
import { formatDay, formatDuration } from '../../../src-main/common/format';

/**
 * The selected session: its steps, numbers and how it went, with keyboard-friendly move and remove
 * (the same edits as drag-and-drop, each asking for a reason).
 */
export function SessionPanel({
  plan,
  workout,
  onMove,
  onRemove,
  onClose,
}: {
  plan: PlanView;
  workout: PlannedWorkoutView;
  onMove: (toDate: string) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const [toDate, setToDate] = useState(workout.date);
  const units = useUnits();
  const editable = plan.status === 'active' && workout.date >= plan.today;
  const firstAllowed = plan.today > plan.startDate ? plan.today : plan.startDate;
  return (
    <section className="card session-panel" aria-labelledby="session-title">
      <div className="toolbar">
        <h2 id="session-title">{workout.name}</h2>
        <button type="button" onClick={onClose} aria-label="Close the session panel">
          Close
        </button>
      </div>
      <p className="muted">
        {SPORT_LABELS[workout.sport]} · {CATEGORY_LABELS[workout.category]} · {formatDay(workout.date)} ·{' '}
        {workout.origin === 'generated' ? 'placed by the generator' : 'added by the coach'}
      </p>
      <dl className="session-numbers">
        <div>
          <dt>Planned time</dt>
          <dd>{formatDuration(workout.plannedSeconds)}</dd>
        </div>
        <div>
          <dt>Planned distance</dt>
          <dd>{formatWorkoutDistance(workout.plannedMeters, workout.sport, units)}</dd>
        </div>
        <div>
          <dt>Planned load</dt>
          <dd>{Math.round(workout.plannedLoad)} TSS</dd>
        </div>
        <div>
          <dt>Intensity</dt>
          <dd>{workout.hard ? 'Hard session' : 'Easy / steady'}</dd>
        </div>
      </dl>
      {workout.compliance && (
        <p className={`compliance-note compliance-${workout.compliance.colour}`}>
          {workout.actual ? `Done as “${workout.actual.name}”: ` : ''}
          {workout.compliance.explanation}
        </p>
      )}
      {workout.definition.description && <p>{workout.definition.description}</p>}
      <ol className="step-list">
        {describeWorkout(workout.definition).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
      {editable && (
        <div className="session-actions">
          <label>
            Move to{' '}
            <input
              type="date"
              value={toDate}
              min={firstAllowed}
              max={plan.raceDate}
              onChange={(e) => setToDate(e.target.value)}
              aria-label="Move to date"
            />
          </label>
          <button
            type="button"
            className="solid"
            disabled={toDate === workout.date || !toDate}
            onClick={() => onMove(toDate)}
          >
            Move…
          </button>
          <button type="button" className="danger" onClick={onRemove}>
            Remove…
          </button>
        </div>
      )}
    </section>
  );
}
