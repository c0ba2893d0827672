import type { WorkoutSport } from '../workouts/workout-schema';
import { addDays } from '../dates';
import { HARD_LOAD } from '../workouts/intensity-bands';
import type { HistoryActivity } from './training-history';
import type { PlannedDay, PlannedSession } from './types';

/** A completed activity, as a block already under way counts it: its history entry and its name. */
export type RecordedActivity = HistoryActivity & { name: string };

const WORKOUT_SPORTS: readonly string[] = ['run', 'bike', 'swim', 'strength'];

/**
 * The days of a block that are already history, as fixed days the planner plans the rest of their weeks
 * around: each activity with its real time, distance and load. Its intensity split is unknown, so its time
 * counts as low; its load alone says whether it was hard, as for planned sessions.
 */
export function recordedDays(activities: readonly RecordedActivity[], from: string, to: string): PlannedDay[] {
  const byDate = new Map<string, PlannedSession[]>();
  for (const a of activities) byDate.set(a.date, [...(byDate.get(a.date) ?? []), recordedSession(a)]);
  const days: PlannedDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push({ date, sessions: byDate.get(date) ?? [] });
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
      steps: [
        { kind: 'step', intent: 'work', duration: { type: 'time', seconds }, target: { type: 'open' }, note: '' },
      ],
    },
    plannedSeconds: seconds,
    plannedMeters: a.meters,
    plannedLoad: Math.round(load * 10) / 10,
    bandSeconds: { low: seconds, moderate: 0, high: 0 },
    hard: load >= HARD_LOAD,
  };
}
