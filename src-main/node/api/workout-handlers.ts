import type { workoutCalls } from '../../common/contract';
import type { ServiceContext } from '../services/context';
import { archiveWorkout, getWorkout, listWorkouts, saveWorkout } from '../services/workouts';
import type { HandlersFor } from './handlers';

export function createWorkoutHandlers(ctx: ServiceContext): HandlersFor<keyof typeof workoutCalls> {
  return {
    'workouts.list': ({ athleteId, ...filter }) => listWorkouts(ctx, filter, athleteId),
    'workouts.get': ({ id, athleteId }) => getWorkout(ctx, id, athleteId),
    'workouts.save': (input) => saveWorkout(ctx, input),
    'workouts.archive': ({ id, archived }) => archiveWorkout(ctx, id, archived),
  };
}
