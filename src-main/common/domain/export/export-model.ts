import type { Sport } from '../sports';
import type { ThresholdValues } from '../thresholds';
import type { WorkoutDefinition } from '../workouts/workout-schema';
import { addDays } from '../dates';
import type { Phase } from '../planner/types';
import type { SportDistanceKm } from '../planner/week-distance';

/**
 * What an export may contain, gathered once by the export service from the plan view. It holds only what
 * the athlete needs; coach-only material (the change log's reasons, feasibility notes, the coach's notes
 * on the athlete) is in `coachNotes`, which is empty unless the coach ticked "include coach notes".
 */
export interface ExportSession {
  /** The planned workout's id; the calendar UID is derived from it, so moving a session keeps its event. */
  id: number;
  date: string;
  name: string;
  sport: Sport;
  plannedSeconds: number;
  plannedMeters: number | null;
  plannedLoad: number;
  definition: WorkoutDefinition;
  weekIndex: number;
  phase: Phase;
}

export interface ExportWeek {
  index: number;
  startDate: string;
  phase: Phase;
  recovery: boolean;
  targetLoad: number;
  targetHours: number;
  plannedLoad: number;
  plannedHours: number;
  /** The sessions' distance by sport, km (see PlanWeekView.targetDistanceKm). */
  plannedDistanceKm: SportDistanceKm;
}

export interface ExportPlan {
  planId: number;
  planName: string;
  athleteName: string;
  raceName: string;
  raceDate: string;
  startDate: string;
  weeks: ExportWeek[];
  sessions: ExportSession[];
  /** The athlete's thresholds on the export day: absolute targets (watts, pace) are computed from them. */
  thresholds: ThresholdValues;
  coachNotes: string[];
}

/** The date range an export covers, inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

export function sessionsIn(plan: ExportPlan, range: DateRange): ExportSession[] {
  return plan.sessions.filter((s) => s.date >= range.from && s.date <= range.to);
}

export function weeksIn(plan: ExportPlan, range: DateRange): ExportWeek[] {
  return plan.weeks.filter((w) => w.startDate <= range.to && addDays(w.startDate, 6) >= range.from);
}
