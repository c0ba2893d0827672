import type { WorkoutSport } from '../workouts/workout-schema';
import { addDays, daysBetween } from '../dates';
import { ACWR_PRIOR_DAYS } from '../load/load-ratios';
import type { LifeEvent } from './calendar-limits';
import { weekStartOf } from '../load/training-week';
import { formatDayMonth, formatHours } from '../../format';
import type { TrainingBaseline } from './types';

/** One recorded activity as planning reads it (local calendar day). */
export interface HistoryActivity {
  date: string;
  sport: string;
  seconds: number;
  meters: number | null;
  load: number | null;
}

/** The athlete's history as the planner uses it: the baseline week 1 starts from, and the longer view for guardrails. */
export interface TrainingHistory {
  baseline: TrainingBaseline;
  /** Highest mean weekly hours over three consecutive weeks in the last twelve months. */
  maxSustainedWeeklyHours: number;
  /** Longest session per sport in the last twelve months, seconds. */
  longestSecondsYear: Partial<Record<WorkoutSport, number>>;
  /** Mean weekly distance per sport of the normal weeks, km. */
  weekKm: Partial<Record<WorkoutSport, number>>;
}

/** Weeks looked back on for the recent normal week; the most recent normal ones are averaged. */
const RECENT_WEEKS = 8;
const NORMAL_WEEKS_AVERAGED = 4;
/** A week under this share of the athlete's usual hours is a holiday or a break, not their normal training. */
const LIGHT_WEEK_SHARE = 0.6;
/** Weeks of the "usual" the light-week test compares with, and of the sport split. */
const USUAL_WEEKS = 12;
const LONGEST_RECENT_WEEKS = 6;
const YEAR_WEEKS = 52;
const SUSTAINED_WEEKS = 3;
const ENDURANCE: readonly WorkoutSport[] = ['swim', 'bike', 'run'];

interface WeekTotals {
  monday: string;
  load: number;
  seconds: number;
  meters: Map<string, number>;
  bySport: Map<string, number>;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Summarises the history before `firstDay` (the block's first planned day) up to `lastRecorded` (yesterday):
 * the recent normal week is the mean of the last four complete weeks among the last eight that were neither
 * interrupted by a logged illness, injury or trip nor light (under 60 % of the median of the last twelve
 * weeks, a holiday or break). Null when the last twelve weeks hold no training at all.
 */
export function summarizeTrainingHistory(
  activities: readonly HistoryActivity[],
  interruptions: readonly LifeEvent[],
  firstDay: string,
  lastRecorded: string,
): TrainingHistory | null {
  const end = lastRecorded < firstDay ? lastRecorded : addDays(firstDay, -1);
  // The last complete Monday–Sunday week on record.
  const lastMonday = addDays(weekStartOf(addDays(end, 1)), -7);
  const weeks = new Map<string, WeekTotals>();
  const weekOf = (monday: string) => {
    let week = weeks.get(monday);
    if (!week) weeks.set(monday, (week = { monday, load: 0, seconds: 0, meters: new Map(), bySport: new Map() }));
    return week;
  };
  const yearStart = addDays(lastMonday, -7 * (YEAR_WEEKS - 1));
  for (let i = 0; i < YEAR_WEEKS; i += 1) weekOf(addDays(yearStart, 7 * i));
  const dailyLoad = new Map<string, number>();
  for (const a of activities) {
    if (a.date < yearStart || a.date > end) continue;
    dailyLoad.set(a.date, (dailyLoad.get(a.date) ?? 0) + (a.load ?? 0));
    const monday = weekStartOf(a.date);
    if (monday > lastMonday) continue;
    const week = weekOf(monday);
    week.load += a.load ?? 0;
    week.seconds += a.seconds;
    week.bySport.set(a.sport, (week.bySport.get(a.sport) ?? 0) + a.seconds);
    if (a.meters !== null) week.meters.set(a.sport, (week.meters.get(a.sport) ?? 0) + a.meters);
  }
  const ordered = [...weeks.values()].sort((a, b) => a.monday.localeCompare(b.monday));
  const usual = ordered.slice(-USUAL_WEEKS);
  const usualHours = median(usual.map((w) => w.seconds / 3600).filter((h) => h > 0));
  if (usual.every((w) => w.seconds === 0)) return null;

  // Weeks before the first record are not light weeks, just no record.
  const firstRecord = activities.reduce<string | null>(
    (first, a) => (a.date >= yearStart && (first === null || a.date < first) ? a.date : first),
    null,
  );
  const recorded = firstRecord === null ? ordered : ordered.filter((w) => addDays(w.monday, 6) >= firstRecord);
  const recent = recorded.slice(-RECENT_WEEKS).reverse();
  const normal: WeekTotals[] = [];
  const skippedWeeks: string[] = [];
  for (const week of recent) {
    if (normal.length >= NORMAL_WEEKS_AVERAGED) break;
    const sunday = addDays(week.monday, 6);
    const hours = week.seconds / 3600;
    const event = interruptions.find((e) => e.startDate <= sunday && (e.endDate ?? end) >= week.monday);
    const label = `week of ${formatDayMonth(week.monday)} (${formatHours(hours)}`;
    if (event) skippedWeeks.push(`${label}, ${event.kind.replace('_', ' ')}: ${event.title})`);
    else if (hours < LIGHT_WEEK_SHARE * usualHours) skippedWeeks.push(`${label}, a light week or holiday)`);
    else normal.push(week);
  }
  // With no normal week in two months, the athlete's normal is what they did lately: the recent weeks as they are.
  const basis = normal.length > 0 ? normal : recent.slice(0, NORMAL_WEEKS_AVERAGED);
  const weekLoad = basis.reduce((sum, w) => sum + w.load, 0) / basis.length;
  const weekHours = basis.reduce((sum, w) => sum + w.seconds, 0) / basis.length / 3600;

  // Days between the last record and the block's start are assumed to be normal training.
  const priorDailyLoads = Array.from({ length: ACWR_PRIOR_DAYS }, (_, i) => {
    const date = addDays(firstDay, i - ACWR_PRIOR_DAYS);
    return date > end ? weekLoad / 7 : (dailyLoad.get(date) ?? 0);
  });
  const assumedDays = Math.min(ACWR_PRIOR_DAYS, Math.max(0, daysBetween(end, firstDay) - 1));

  const longestIn = (from: string) => {
    const longest: Partial<Record<WorkoutSport, number>> = {};
    for (const a of activities) {
      if (a.date < from || a.date > end || !isWorkoutSport(a.sport)) continue;
      longest[a.sport] = Math.max(longest[a.sport] ?? 0, a.seconds);
    }
    return longest;
  };
  const sportSeconds = new Map<WorkoutSport, number>();
  for (const week of usual)
    for (const sport of ENDURANCE)
      sportSeconds.set(sport, (sportSeconds.get(sport) ?? 0) + (week.bySport.get(sport) ?? 0));
  const enduranceSeconds = [...sportSeconds.values()].reduce((a, b) => a + b, 0);
  const sportShare: Partial<Record<WorkoutSport, number>> = {};
  if (enduranceSeconds > 0) for (const [sport, s] of sportSeconds) if (s > 0) sportShare[sport] = s / enduranceSeconds;
  const weekKm: Partial<Record<WorkoutSport, number>> = {};
  for (const sport of ENDURANCE) {
    const meters = basis.reduce((sum, w) => sum + (w.meters.get(sport) ?? 0), 0) / basis.length;
    if (meters > 0) weekKm[sport] = meters / 1000;
  }

  let maxSustainedWeeklyHours = 0;
  for (let i = 0; i + SUSTAINED_WEEKS <= ordered.length; i += 1) {
    const hours = ordered.slice(i, i + SUSTAINED_WEEKS).reduce((sum, w) => sum + w.seconds, 0) / SUSTAINED_WEEKS / 3600;
    maxSustainedWeeklyHours = Math.max(maxSustainedWeeklyHours, hours);
  }
  const usualStart = usual[0]!.monday;
  const longRuns = activities.filter(
    (a) => a.sport === 'run' && a.date >= usualStart && a.date <= end && a.seconds >= 3600 && (a.meters ?? 0) > 0,
  );

  return {
    baseline: {
      weekLoad,
      weekHours,
      normalWeeks: normal.length,
      skippedWeeks,
      priorDailyLoads,
      assumedDays,
      longestSeconds: longestIn(addDays(lastMonday, -7 * (LONGEST_RECENT_WEEKS - 1))),
      sportShare,
      longRunSecondsPerKm: longRuns.length > 0 ? median(longRuns.map((a) => a.seconds / (a.meters! / 1000))) : null,
    },
    maxSustainedWeeklyHours,
    longestSecondsYear: longestIn(yearStart),
    weekKm,
  };
}

function isWorkoutSport(sport: string): sport is WorkoutSport {
  return sport === 'run' || sport === 'bike' || sport === 'swim';
}

/** Days of history the summary reads before the block's first day: a year of weeks and the week in progress. */
export const HISTORY_DAYS = 7 * (YEAR_WEEKS + 1);
