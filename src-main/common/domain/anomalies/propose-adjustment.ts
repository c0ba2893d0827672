import type { WorkoutCategory } from '../workouts/workout-schema';
import { addDays, weekdayIndex } from '../dates';
import type { Guardrails } from '../planner/types';
import { formatDayMonth, formatDuration, formatHours, formatNumber, listText, weekdayName } from '../../format';
import type { AdjustmentIntent, AnomalyFinding } from './types';

/**
 * Turns an adjustment intent into concrete edits of the next days' planned sessions. Replacements are easy
 * sessions of the same sport from the library, never longer than what they replace, so no edit can break
 * an upper guardrail; the lower ones (minimum weekly hours and load) are checked edit by edit, and a
 * session whose change would break them is kept, with the reason in the summary.
 */

/** A planned session ahead, as the plan service maps it from its rows. */
export interface PlannedSessionLike {
  plannedWorkoutId: number;
  date: string;
  name: string;
  sport: string;
  category: WorkoutCategory;
  hard: boolean;
  plannedSeconds: number;
  plannedLoad: number;
}

/** A library workout as it would be planned for this athlete (duration and load at their thresholds). */
export interface LibraryOption {
  libraryWorkoutId: number;
  name: string;
  sport: string;
  category: WorkoutCategory;
  hard: boolean;
  seconds: number;
  load: number;
}

/** What the plan holds for a whole training week (Monday start), sessions outside the window included. */
export interface WeekTotal {
  weekStart: string;
  plannedSeconds: number;
  plannedLoad: number;
}

export type PlanEdit =
  | {
      kind: 'replace';
      plannedWorkoutId: number;
      libraryWorkoutId: number;
      date: string;
      from: string;
      to: { libraryWorkoutId: number; name: string };
    }
  | { kind: 'remove'; plannedWorkoutId: number; date: string; from: string; to: null };

export interface AdjustmentProposal {
  edits: PlanEdit[];
  /** "swap Thursday's 5×1 km for 45 min easy run: 3 nights of HRV below baseline"; the kept sessions are not repeated here. */
  summary: string;
  /** Sessions left as they were because changing them would break a guardrail, one full sentence each. */
  kept: string[];
}

const EASY_CATEGORIES: ReadonlySet<WorkoutCategory> = new Set(['recovery', 'endurance']);

const weekStartOf = (date: string) => addDays(date, -weekdayIndex(date));
const dayName = (date: string) => weekdayName(date, 'long');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

interface WeekState {
  seconds: number;
  load: number;
}

interface Change {
  option: LibraryOption | null;
}

export function proposeAdjustment(
  intent: AdjustmentIntent,
  finding: Pick<AnomalyFinding, 'headline'>,
  upcoming: readonly PlannedSessionLike[],
  library: readonly LibraryOption[],
  guardrails: Guardrails,
  weekTotals: readonly WeekTotal[],
  options: { from: string },
): AdjustmentProposal {
  const last = addDays(options.from, intent.days - 1);
  const window = upcoming
    .filter((s) => s.date >= options.from && s.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date) || a.plannedWorkoutId - b.plannedWorkoutId);
  if (window.length === 0) {
    return {
      edits: [],
      kept: [],
      summary: `Nothing is planned from ${formatDayMonth(options.from)} to ${formatDayMonth(last)}, so no change is needed for ${finding.headline}`,
    };
  }

  const weeks = weekStates(window, weekTotals);
  const minSeconds = guardrails.minWeeklyHours * 3600;
  const allows = (session: PlannedSessionLike, change: Change) => {
    const week = weeks.get(weekStartOf(session.date))!;
    const seconds = week.seconds - session.plannedSeconds + (change.option?.seconds ?? 0);
    const load = week.load - session.plannedLoad + (change.option?.load ?? 0);
    return (
      seconds >= minSeconds - 1e-6 && (guardrails.minWeeklyLoad === null || load >= guardrails.minWeeklyLoad - 1e-6)
    );
  };
  const apply = (session: PlannedSessionLike, change: Change) => {
    const week = weeks.get(weekStartOf(session.date))!;
    week.seconds += (change.option?.seconds ?? 0) - session.plannedSeconds;
    week.load += (change.option?.load ?? 0) - session.plannedLoad;
  };
  const easyFor = (session: PlannedSessionLike, maxSeconds: number) =>
    library
      .filter((o) => o.sport === session.sport && !o.hard && EASY_CATEGORIES.has(o.category) && o.seconds <= maxSeconds)
      // Longest first: the swap should take away intensity, not more time than it must.
      .sort((a, b) => b.seconds - a.seconds || a.load - b.load);

  const edits: PlanEdit[] = [];
  const kept: string[] = [];
  const keep = (session: PlannedSessionLike, what: string) => {
    const week = weeks.get(weekStartOf(session.date))!;
    kept.push(
      `Kept ${dayName(session.date)}'s ${session.name}: ${what} would take the week of ${formatDayMonth(weekStartOf(session.date))} below the guardrails' minimum (${formatHours(guardrails.minWeeklyHours)}${guardrails.minWeeklyLoad !== null ? `, ${formatNumber(guardrails.minWeeklyLoad)} TSS` : ''}; ${formatHours(week.seconds / 3600)} planned).`,
    );
  };
  /** Applies the first candidate the guardrails allow; returns it, or null when the session is kept. */
  const tryChanges = (session: PlannedSessionLike, candidates: Change[], what: string): Change | null => {
    const change = candidates.find((c) => allows(session, c));
    if (!change) {
      if (candidates.length > 0) keep(session, what);
      return null;
    }
    apply(session, change);
    edits.push(editOf(session, change));
    return change;
  };

  if (intent.kind === 'reduce-intensity') {
    for (const session of window.filter((s) => s.hard)) {
      tryChanges(
        session,
        easyFor(session, session.plannedSeconds).map((option) => ({ option })),
        'an easy swap',
      );
    }
  } else if (intent.kind === 'rest') {
    for (const session of window) {
      // Rest means nothing planned; where the minimum forbids that, the shortest easy session is the next best.
      const easiest = easyFor(session, session.plannedSeconds)
        .reverse()
        .map((option) => ({ option }));
      tryChanges(session, [{ option: null }, ...easiest], 'a rest day');
    }
  } else {
    const target = intent.share * window.reduce((sum, s) => sum + s.plannedSeconds, 0);
    let reduced = 0;
    const byImpact = [...window].sort((a, b) => Number(b.hard) - Number(a.hard) || b.plannedSeconds - a.plannedSeconds);
    // Hard and long sessions first: they carry most of the load, so the fewest edits reach the target.
    for (const session of byImpact) {
      if (reduced >= target) break;
      const shorter = easyFor(session, session.plannedSeconds * (1 - intent.share)).map((option): Change => ({
        option,
      }));
      const change = tryChanges(session, [...shorter, { option: null }], 'a shorter session');
      if (change) reduced += session.plannedSeconds - (change.option?.seconds ?? 0);
    }
  }

  return { edits, kept, summary: summaryOf(edits, window, library, kept.length > 0, finding.headline) };
}

function editOf(session: PlannedSessionLike, change: Change): PlanEdit {
  const base = { plannedWorkoutId: session.plannedWorkoutId, date: session.date, from: session.name };
  return change.option
    ? {
        kind: 'replace',
        ...base,
        libraryWorkoutId: change.option.libraryWorkoutId,
        to: { libraryWorkoutId: change.option.libraryWorkoutId, name: change.option.name },
      }
    : { kind: 'remove', ...base, to: null };
}

function weekStates(window: readonly PlannedSessionLike[], totals: readonly WeekTotal[]): Map<string, WeekState> {
  const weeks = new Map<string, WeekState>();
  for (const t of totals) weeks.set(t.weekStart, { seconds: t.plannedSeconds, load: t.plannedLoad });
  // A week the caller did not total holds at least the window's sessions.
  for (const s of window) {
    const start = weekStartOf(s.date);
    if (totals.some((t) => t.weekStart === start)) continue;
    const week = weeks.get(start) ?? { seconds: 0, load: 0 };
    week.seconds += s.plannedSeconds;
    week.load += s.plannedLoad;
    weeks.set(start, week);
  }
  return weeks;
}

function summaryOf(
  edits: readonly PlanEdit[],
  window: readonly PlannedSessionLike[],
  library: readonly LibraryOption[],
  anyKept: boolean,
  headline: string,
): string {
  if (edits.length === 0) {
    return anyKept
      ? `No change proposed for ${headline}: the guardrails leave no room`
      : `No change proposed for ${headline}: no session in those days can be made easier with the library`;
  }
  const phrases = edits.map((edit) => {
    const session = window.find((s) => s.plannedWorkoutId === edit.plannedWorkoutId)!;
    const what = `${dayName(edit.date)}'s ${session.name}`;
    if (edit.kind === 'remove') return `drop ${what}`;
    const option = library.find((o) => o.libraryWorkoutId === edit.libraryWorkoutId)!;
    return `swap ${what} for ${formatDuration(option.seconds)} ${lowerFirst(option.name)}`;
  });
  const list = listText(phrases);
  return `${list}: ${headline}`;
}
