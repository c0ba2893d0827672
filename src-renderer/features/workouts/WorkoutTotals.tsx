import type { WorkoutSummary } from '../../../src-main/common/contract';
import type { WorkoutSport } from '../../../src-main/common/domain/workouts/workout-schema';
import { useUnits } from '../../app/app-context';
import { bandMinutes, formatWorkoutDistance, LOAD_NAMES } from './workout-labels';
import { formatDuration } from '../../../src-main/common/format';

/** Planned duration, distance, load and time per intensity band, with the sentence saying how the load was made. */
export function WorkoutTotals({ summary, sport }: { summary: WorkoutSummary; sport: WorkoutSport }) {
  const units = useUnits();
  return (
    <div className="workout-totals">
      <dl className="totals-grid" aria-label="Planned totals">
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(summary.seconds)}</dd>
        </div>
        <div>
          <dt>Distance</dt>
          <dd title={summary.meters === null ? 'Not planned: timed steps without a pace or speed target' : undefined}>
            {formatWorkoutDistance(summary.meters, sport, units)}
          </dd>
        </div>
        <div>
          <dt>Load</dt>
          <dd>
            {Math.round(summary.load)} <span className="unit">{LOAD_NAMES[sport]}</span>
          </dd>
        </div>
        <div>
          <dt title="Seiler's three bands: below LT1, LT1 to LT2, above LT2">Time low · moderate · high</dt>
          <dd>
            {bandMinutes(summary, 'low')} · {bandMinutes(summary, 'moderate')} · {bandMinutes(summary, 'high')}
          </dd>
        </div>
        <div>
          <dt>Session</dt>
          <dd title="Hard: at least 5 min above threshold or 15 min between LT1 and threshold">
            {summary.hard ? <span className="badge warn">HARD</span> : <span className="badge ok">EASY</span>}
          </dd>
        </div>
      </dl>
      <p className="footnote">{summary.explanation}</p>
    </div>
  );
}
