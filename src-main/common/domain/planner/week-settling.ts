import { steadyWeeklyLoadForRamp } from '../load/ramp-target';
import { GUARDRAIL_TOLERANCE } from './guardrail-breaches';
import { acwrExcessLoad } from './plan-facts';
import { keptDays, scheduleAttempt, type Attempt, type PlanContext } from './plan-attempt';

/** Re-schedules of one week before it is left as it is (and reported, if it still misses). */
const MAX_TRIES = 3;
/** TSS added to every correction so rounding of the re-scheduled sessions does not land on the limit again. */
const CORRECTION_SLACK = 2;

/**
 * Settles, in date order, the weeks whose schedule breaks a guardrail or fails to cut volume in the taper:
 * the week's targets move by the miss (less load for a ramp, an ACWR, a maximum or a taper breach, more for a
 * minimum) and that week alone is scheduled again with every other day kept. Weeks are settled in order
 * because an earlier change moves the CTL the later ones ramp from.
 */
export function settleWeeks(context: PlanContext, attempt: Attempt, settles: (weekIndex: number) => boolean): Attempt {
  let current = attempt;
  for (const frame of context.frames) {
    if (!settles(frame.index)) continue;
    const i = frame.index - 1;
    const dates = new Set(frame.dates);
    // A re-schedule that does not bring the week closer is dropped and the next try moves twice as far:
    // the library's sessions come in steps, and a small change may pick the same ones.
    let reach = 1;
    for (let tries = 0; tries < MAX_TRIES; tries += 1) {
      const { delta, keepMinimums } = loadCorrection(context, current, i);
      if (delta === 0) break;
      const target = current.generated.weeks[i]!;
      const loadPerHour = target.targetHours > 0 ? target.targetLoad / target.targetHours : 0;
      if (!(loadPerHour > 0)) break;
      const { minWeeklyLoad, minWeeklyHours } = context.input.guardrails;
      const least = keepMinimums ? Math.ceil(Math.max(minWeeklyLoad ?? 0, minWeeklyHours * loadPerHour)) : 0;
      const targetLoad = Math.max(least, Math.round(target.targetLoad + reach * delta));
      if (targetLoad === target.targetLoad) break;
      const week = { ...target, targetLoad, targetHours: Math.round((targetLoad / loadPerHour) * 100) / 100 };
      const generated = { ...current.generated, weeks: current.generated.weeks.map((w, j) => (j === i ? week : w)) };
      const next = scheduleAttempt(
        context,
        generated,
        keptDays(context, current, (date) => dates.has(date)),
      );
      // Judged on this week alone: the later weeks, whose ramps start from its CTL, are settled after it.
      if (Math.abs(loadCorrection(context, next, i).delta) < Math.abs(delta)) current = next;
      else reach *= 2;
    }
  }
  return current;
}

interface Correction {
  /** The change of target load that would settle the week: negative to cut, positive to add, 0 when fine. */
  delta: number;
  /** Whether the cut must stop at the week's minimums: a taper cut must, a maximum's cut wins over them. */
  keepMinimums: boolean;
}

function loadCorrection(context: PlanContext, attempt: Attempt, i: number): Correction {
  const { guardrails: g, convention } = context.input;
  const t = GUARDRAIL_TOLERANCE;
  const week = attempt.facts[i]!;
  const before = attempt.facts[i - 1];
  const loadPerHour = week.hours > 0 ? week.load / week.hours : 0;
  const loadPerRampPoint = steadyWeeklyLoadForRamp(0, 1, convention.ctlDays, convention.smoothing);

  const cuts: number[] = [];
  if (week.ramp > g.maxRampPerWeek + t.ramp) cuts.push((week.ramp - g.maxRampPerWeek) * loadPerRampPoint);
  if (week.hours > g.maxWeeklyHours + t.hours) cuts.push((week.hours - g.maxWeeklyHours) * loadPerHour);
  if (g.maxWeeklyLoad !== null && week.load > g.maxWeeklyLoad + t.load) cuts.push(week.load - g.maxWeeklyLoad);
  const acwr = attempt.acwr[i];
  if (acwr && acwr.ratio > g.maxAcwr + t.acwr) cuts.push(acwrExcessLoad(acwr, g.maxAcwr));
  if (cuts.length > 0) return { delta: -(Math.max(...cuts) + CORRECTION_SLACK), keepMinimums: false };

  if ((week.phase === 'taper' || week.phase === 'race') && before) {
    // The first taper week must drop below the last loading week; later ones must not climb.
    const ceiling = before.phase === 'taper' ? before.hours + t.hours : before.hours - 2 * t.hours;
    if (week.hours > ceiling) {
      const cut = (week.hours - ceiling) * loadPerHour + CORRECTION_SLACK;
      return { delta: -cut, keepMinimums: week.phase !== 'race' };
    }
  }

  const unmet = attempt.generated.unmetMinimums.some((m) => m.week === week.index);
  if (week.phase === 'race' || unmet) return { delta: 0, keepMinimums: true };
  const adds: number[] = [];
  if (week.hours < g.minWeeklyHours - t.hours) adds.push((g.minWeeklyHours - week.hours) * loadPerHour);
  if (g.minWeeklyLoad !== null && week.load < g.minWeeklyLoad - t.load) adds.push(g.minWeeklyLoad - week.load);
  return { delta: adds.length > 0 ? Math.max(...adds) + CORRECTION_SLACK : 0, keepMinimums: true };
}
