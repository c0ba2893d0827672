import type { PlannedWorkoutView } from '../../../src-main/common/contract/plans';
import { SPORT_LABELS } from '../../format/sports';
import { formatDuration } from '../../../src-main/common/format';

/**
 * One planned session on the calendar. Future sessions can be dragged to another day; past ones show
 * what was done against the plan, coloured by compliance.
 */
export function WorkoutCard({
  workout,
  movable,
  selected,
  onSelect,
}: {
  workout: PlannedWorkoutView;
  movable: boolean;
  selected: boolean;
  onSelect: () => void;
}) {
  const compliance = workout.compliance;
  const classes = [
    'workout-card',
    `sport-${workout.sport}`,
    workout.hard ? 'hard' : 'easy',
    compliance ? `compliance-${compliance.colour}` : '',
    selected ? 'selected' : '',
  ];
  const title = [
    `${workout.name} (${SPORT_LABELS[workout.sport]}${workout.hard ? ', hard' : ''})`,
    `Planned ${formatDuration(workout.plannedSeconds)}, load ${Math.round(workout.plannedLoad)} TSS`,
    compliance ? `Done: ${compliance.explanation}` : '',
    movable ? 'Drag to another day to move it' : '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      draggable={movable}
      data-workout-id={workout.id}
      data-category={workout.category}
      title={title}
      aria-pressed={selected}
      onClick={onSelect}
      onDragStart={(event) => {
        event.dataTransfer.setData('application/x-planned-workout', String(workout.id));
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span className="workout-sport">
        {SPORT_LABELS[workout.sport]}
        {workout.category === 'brick' ? ' · brick' : ''}
        {workout.hard ? ' · hard' : ''}
      </span>
      <span className="workout-name">{workout.name}</span>
      <span className="workout-numbers">
        {formatDuration(workout.plannedSeconds)} · {Math.round(workout.plannedLoad)} TSS
      </span>
      {compliance && (
        <span className="workout-actual">
          {workout.actual ? `Done ${formatDuration(workout.actual.seconds)}` : 'Missed'}
        </span>
      )}
    </button>
  );
}
