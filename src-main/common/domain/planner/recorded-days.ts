import type { WorkoutSport } from '../../contract/workout-schema';
import { addDays } from '../dates';
import { HARD_LOAD } from '../workouts/intensity-bands';
import type { PlannedDay, PlannedSession } from './types';

/** A completed activity, as a block already under way counts it. */
export interface RecordedActivity {
  date: string;
  name: string;
  sport: string;
  seconds: number;
  meters: number | null;
  load: number | null;
}

const WORKOUT_SPORTS: readonly string[] = ['run', 'bike', 'swim', 'strength'];

/**
 * The days of a block that are already history, as fixed days the planner plans the rest of their weeks
 * around: each activity with its real time, distance and load. Its intensity split is unknown, so its time
 * counts as low; its load alone says whether it was hard, as for planned sessions.
 */
export function recordedDays(activities: readonly RecordedActivity[], from: string, to: string): PlannedDay[] {
  const days: PlannedDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const sessions = activities.filter((a) => a.date === date).map(recordedSession);
    days.push({ date, sessions });
  }
  return days;
}

function recordedSession(a: RecordedActivity): PlannedSession {
  const sport = (WORKOUT_SPORTS.includes(a.sport) ? a.sport : 'other') as WorkoutSport;
  const seconds = Math.max(1, Math.round(a.seconds));
  const load = a.load ?? 0;
  return {
    libraryKey: null,
    definition: {
      name: a.name,
      sport,
      category: 'endurance',
      description: 'Done: recorded before the block was planned.',
      steps: [{ kind: 'step', intent: 'work', duration: { type: 'time', seconds }, target: { type: 'open' }, note: '' }],
    },
    plannedSeconds: seconds,
    plannedMeters: a.meters,
    plannedLoad: Math.round(load * 10) / 10,
    bandSeconds: { low: seconds, moderate: 0, high: 0 },
    hard: load >= HARD_LOAD,
  };
}
