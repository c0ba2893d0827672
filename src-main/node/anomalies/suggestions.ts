import type { SuggestedAdjustment } from '../../common/contract';
import { addDays, weekdayIndex } from '../../common/domain/dates';
import {
  proposeAdjustment,
  type LibraryOption,
  type PlannedSessionLike,
  type WeekTotal,
} from '../../common/domain/anomalies/propose-adjustment';
import { summarizeWorkout } from '../../common/domain/workouts/workout-metrics';
import type { StoredAnomaly } from '../db/repositories/anomalies';
import { findCurrentPlan } from '../db/repositories/plans';
import { listPlannedWorkouts } from '../db/repositories/planned-workouts';
import type { ServiceContext } from '../services/context';
import { loadPlanningAthlete } from '../services/plan-context';
import { loadPlanningLibrary } from '../services/plan-library';

/**
 * Suggested adjustments: the rule's intent ("easy days for 3 days") made concrete against the athlete's
 * current plan and library, within the plan's guardrails. Proposed fresh each time the anomaly is
 * opened — the plan may have changed since the rules ran — and applied only when the coach says so.
 */
export async function proposeFor(
  ctx: ServiceContext,
  anomaly: StoredAnomaly,
): Promise<{ suggestion: SuggestedAdjustment | null; unavailable: string | null }> {
  if (anomaly.suggestionState === 'applied')
    return { suggestion: null, unavailable: `Applied: ${anomaly.suggestionNote}` };
  if (anomaly.suggestionState === 'rejected')
    return { suggestion: null, unavailable: `Rejected: ${anomaly.suggestionNote}` };
  if (!anomaly.adjustment)
    return {
      suggestion: null,
      unavailable: 'This finding needs the coach’s judgement: no plan change is proposed for it.',
    };
  if (anomaly.state === 'resolved') return { suggestion: null, unavailable: 'Resolved: nothing to adjust.' };

  const who = await loadPlanningAthlete(ctx, anomaly.athleteId);
  const plan = await findCurrentPlan(ctx.db, anomaly.athleteId, who.today);
  if (!plan)
    return {
      suggestion: null,
      unavailable: `${who.athlete.name} has no active plan running today, so there is nothing to adjust.`,
    };

  const planned = await listPlannedWorkouts(ctx.db, plan.id);
  const upcoming: PlannedSessionLike[] = planned
    .filter((w) => w.date >= who.today)
    .map((w) => ({
      plannedWorkoutId: w.id,
      date: w.date,
      name: w.name,
      sport: w.sport,
      category: w.category,
      hard: w.hard,
      plannedSeconds: w.plannedSeconds,
      plannedLoad: w.plannedLoad,
    }));
  const { entries, idByKey } = await loadPlanningLibrary(ctx);
  const library: LibraryOption[] = entries.map((e) => {
    const summary = summarizeWorkout(e.definition, who.thresholds);
    return {
      libraryWorkoutId: idByKey.get(e.key)!,
      name: e.definition.name,
      sport: e.definition.sport,
      category: e.definition.category,
      hard: summary.hard,
      seconds: summary.seconds,
      load: summary.load,
    };
  });
  const weekTotals = new Map<string, WeekTotal>();
  for (const w of planned) {
    const weekStart = addDays(w.date, -weekdayIndex(w.date));
    const total = weekTotals.get(weekStart) ?? { weekStart, plannedSeconds: 0, plannedLoad: 0 };
    total.plannedSeconds += w.plannedSeconds;
    total.plannedLoad += w.plannedLoad;
    weekTotals.set(weekStart, total);
  }
  const proposal = proposeAdjustment(
    anomaly.adjustment,
    { headline: anomaly.headline },
    upcoming,
    library,
    plan.input.guardrails,
    [...weekTotals.values()],
    {
      from: who.today,
    },
  );
  const summary = sentence([proposal.summary, ...proposal.kept].join(' '));
  if (proposal.edits.length === 0) return { suggestion: null, unavailable: summary };
  return {
    suggestion: {
      planId: plan.id,
      summary,
      edits: proposal.edits.map((e) => ({
        kind: e.kind,
        plannedWorkoutId: e.plannedWorkoutId,
        date: e.date,
        from: e.from,
        to: e.to,
      })),
    },
    unavailable: null,
  };
}

/** The proposal reads as a sentence on its own, in the inbox and in the plan's change log. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
