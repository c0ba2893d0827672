import type { planCalls } from '../../common/contract';
import type { ServiceContext } from '../services/context';
import { addWorkout, moveWorkout, removeWorkout, setPlanDayLocked } from '../services/plan-edits';
import { applyReplan, previewReplan } from '../services/plan-replan';
import {
  archivePlan,
  createPlan,
  getPlanDefaults,
  getPlannedFuture,
  getPlanView,
  listPlans,
  regeneratePlan,
} from '../services/plans';
import type { HandlersFor } from './handlers';

export function createPlanHandlers(ctx: ServiceContext): HandlersFor<keyof typeof planCalls> {
  return {
    'plans.defaults': (input) => getPlanDefaults(ctx, input),
    'plans.create': (input) => createPlan(ctx, input),
    'plans.list': (filter) => listPlans(ctx, filter),
    'plans.get': ({ id }) => getPlanView(ctx, id),
    'plans.plannedFuture': ({ athleteId }) => getPlannedFuture(ctx, athleteId),
    'plans.moveWorkout': (input) => moveWorkout(ctx, input),
    'plans.addWorkout': (input) => addWorkout(ctx, input),
    'plans.removeWorkout': (input) => removeWorkout(ctx, input),
    'plans.setDayLocked': (input) => setPlanDayLocked(ctx, input),
    'plans.regenerate': ({ planId, reason }) => regeneratePlan(ctx, planId, reason),
    'plans.previewReplan': (input) => previewReplan(ctx, input),
    'plans.applyReplan': (input) => applyReplan(ctx, input),
    'plans.archive': ({ planId, reason }) => archivePlan(ctx, planId, reason),
  };
}
