import { expect } from 'vitest';
import type { ThresholdValues } from '../../../../src-main/common/domain/thresholds';
import type { WorkoutSport } from '../../../../src-main/common/domain/workouts/workout-schema';
import { addDays } from '../../../../src-main/common/domain/dates';
import {
  ACWR_CHRONIC_DAYS,
  ACWR_MIN_CHRONIC_DAILY_LOAD,
  rollingAcwr,
} from '../../../../src-main/common/domain/load/load-ratios';
import { computePmc } from '../../../../src-main/common/domain/load/pmc';
import { DEFAULT_PMC_CONVENTION } from '../../../../src-main/common/domain/load/pmc-convention';
import type { LifeEvent } from '../../../../src-main/common/domain/planner/calendar-limits';
import { defaultBlockSettings } from '../../../../src-main/common/domain/planner/defaults';
import { blockWeekStarts } from '../../../../src-main/common/domain/planner/phases';
import { planBlock, type BlockPlan, type PlannedWeek } from '../../../../src-main/common/domain/planner/plan-block';
import {
  summarizeTrainingHistory,
  type HistoryActivity,
  type TrainingHistory,
} from '../../../../src-main/common/domain/planner/training-history';
import type {
  BlockInput,
  CalendarRace,
  Feasibility,
  PlannedDay,
  RaceType,
  WeekdayHours,
} from '../../../../src-main/common/domain/planner/types';
import { STARTER_LIBRARY, THRESHOLDS } from './block-fixtures';

/** What a plan from an athlete's history needs besides the history itself. */
export interface HistoryGoal {
  raceType: RaceType;
  raceDate: string;
  weeks: number;
  races?: CalendarRace[];
  /** Roomier than the defaults where the athlete's normal week does not fit them. */
  availability?: WeekdayHours;
  maxWeeklyHours?: number;
  minWeeklyHours?: number;
  startLoad?: BlockInput['startLoad'];
}

export interface HistoryPlan {
  input: BlockInput;
  history: TrainingHistory;
  plan: BlockPlan;
}

/** Week 1's Monday of a block: the day the history must end before. */
export function blockFirstDay(raceDate: string, weeks: number): string {
  return blockWeekStarts(raceDate, weeks)[0]!;
}

/**
 * Plans a block the way the service does from an athlete's record: the baseline from summarizeTrainingHistory
 * (history up to the day before week 1), CTL and ATL from the PMC over the same days, default settings.
 */
export function planFromHistory(
  activities: readonly HistoryActivity[],
  interruptions: readonly LifeEvent[],
  goal: HistoryGoal,
  thresholds: ThresholdValues = THRESHOLDS,
): HistoryPlan {
  const firstDay = blockFirstDay(goal.raceDate, goal.weeks);
  const lastRecorded = addDays(firstDay, -1);
  const history = summarizeTrainingHistory(activities, interruptions, firstDay, lastRecorded);
  if (!history) throw new Error('the history holds no training in its last twelve weeks');
  const loads: Record<string, number> = {};
  let earliest = lastRecorded;
  for (const a of activities) {
    if (a.date > lastRecorded) continue;
    loads[a.date] = (loads[a.date] ?? 0) + (a.load ?? 0);
    if (a.date < earliest) earliest = a.date;
  }
  const pmc = computePmc(loads, { from: earliest, to: lastRecorded, convention: DEFAULT_PMC_CONVENTION });
  const start = pmc.at(-1)!;
  const defaults = defaultBlockSettings(goal.raceType);
  const input: BlockInput = {
    raceDate: goal.raceDate,
    raceType: goal.raceType,
    weeks: goal.weeks,
    pattern: '3:1',
    startCtl: start.ctl,
    startAtl: start.atl,
    ...defaults,
    availability: goal.availability ?? defaults.availability,
    guardrails: {
      ...defaults.guardrails,
      ...(goal.maxWeeklyHours === undefined ? {} : { maxWeeklyHours: goal.maxWeeklyHours }),
      ...(goal.minWeeklyHours === undefined ? {} : { minWeeklyHours: goal.minWeeklyHours }),
    },
    convention: DEFAULT_PMC_CONVENTION,
    baseline: history.baseline,
    ...(goal.startLoad ? { startLoad: goal.startLoad } : {}),
    ...(goal.races ? { races: goal.races } : {}),
  };
  return { input, history, plan: planBlock(input, { library: STARTER_LIBRARY, thresholds }) };
}

// ---- properties every plan from a history keeps ------------------------------------------------------

/** Slack of the ACWR check: the plan reports it to two decimals. */
export const ACWR_TOLERANCE = 0.01;
/** Rounding of session lengths to whole seconds and of long sessions to the library's steps. */
const LONG_STEP_TOLERANCE_SECONDS = 60;
const LONG_STEP_SECONDS: Partial<Record<WorkoutSport, number>> = { run: 15 * 60, bike: 30 * 60 };
/** A long effort, for the spacing check of run-only blocks. */
const LONG_EFFORT_SECONDS = 90 * 60;

/** The race whose pace each of the starter library's race-specific sessions rehearses, by library key. */
const RACE_OF_SESSION: Record<string, RaceType> = {
  'run-marathon-pace-3x20': 'marathon',
  'run-long-mp-finish': 'marathon',
  'run-half-marathon-pace': 'half-marathon',
  'run-10k-pace': '10k',
  'bike-race-pace-70-3': '70.3',
  'swim-race-pace-70-3': '70.3',
  'bike-race-pace-ironman': 'ironman',
  'swim-race-pace-ironman': 'ironman',
  'bike-fondo-climbs': 'gran-fondo',
};

const RUN_ONLY: readonly RaceType[] = ['marathon', 'half-marathon', '10k', 'custom'];

const dayLoad = (day: PlannedDay) => day.sessions.reduce((sum, s) => sum + s.plannedLoad, 0);

export interface CheckOptions {
  /** Whether the marathon's long run must reach its peak range (scenarios with the weeks and hours for it). */
  marathonPeak?: boolean;
  /**
   * Whether runs of 90 min or more may fall on consecutive days: an athlete whose normal week averages that
   * much per training day cannot avoid it with one run a day.
   */
  consecutiveLongRuns?: boolean;
}

/** Every property of a plan made from a history; `label` names the case in failures. */
export function expectHistoryPlanProperties(
  { input, plan }: HistoryPlan,
  label: string,
  options: CheckOptions = {},
): void {
  const baseline = input.baseline!;
  const races = [input.raceDate, ...(input.races ?? []).map((r) => r.date)];
  const raceDays = new Set(races);
  const byDate = new Map(plan.days.map((d) => [d.date, d]));
  const weekDays = (week: PlannedWeek) =>
    plan.days.filter((d) => d.date >= week.startDate && d.date <= addDays(week.startDate, 6));
  const calendarRaceWeek = (week: PlannedWeek, priority?: CalendarRace['priority']) =>
    (input.races ?? []).some(
      (r) => (!priority || r.priority === priority) && r.date >= week.startDate && r.date <= addDays(week.startDate, 6),
    );

  // Week 1 starts from the athlete's normal week (or the coach's start load). It may start lower only for a
  // reason the plan states: days the athlete's logged illness, injury or travel limit, the ACWR guardrail
  // (a return from a break), or a normal week's hours that hold less load at the plan's intensities.
  const start = input.startLoad?.load ?? baseline.weekLoad;
  const first = plan.weeks[0]!;
  const week1 = first.plannedLoad;
  const lowerForAReason =
    !input.startLoad &&
    ((input.dayLimits ?? []).some((l) => l.date >= first.startDate && l.date <= addDays(first.startDate, 6)) ||
      first.binding.some((b) => b.includes('ACWR limit')) ||
      (first.binding.some((b) => b.includes('sessions its available days can hold')) &&
        first.plannedHours >= 0.8 * baseline.weekHours));
  if (!lowerForAReason) {
    expect(
      week1,
      `${label}: week 1 load against ${Math.round(start)} (${first.binding.join('; ')})`,
    ).toBeGreaterThanOrEqual((input.startLoad ? 0.9 : 0.8) * start);
  }
  expect(week1, `${label}: week 1 load against ${Math.round(start)}`).toBeLessThanOrEqual(
    (input.startLoad ? 1.1 : 1.2) * start,
  );

  // Planned ACWR under the guardrail: as the plan reports it, and recomputed from the days.
  const cap = input.guardrails.maxAcwr + ACWR_TOLERANCE;
  const series = [...baseline.priorDailyLoads, ...plan.days.filter((d) => d.date < input.raceDate).map(dayLoad)];
  plan.weeks.forEach((week, i) => {
    if (week.acwr !== null) expect(week.acwr, `${label}: week ${week.index} reported ACWR`).toBeLessThanOrEqual(cap);
    const end = Math.min(baseline.priorDailyLoads.length + 7 * (i + 1), series.length);
    const window = series.slice(end - ACWR_CHRONIC_DAYS, end);
    const chronic = window.reduce((sum, l) => sum + l, 0) / ACWR_CHRONIC_DAYS;
    if (chronic < ACWR_MIN_CHRONIC_DAILY_LOAD) return;
    expect(rollingAcwr(window)!, `${label}: week ${week.index} ACWR from the days`).toBeLessThanOrEqual(cap);
  });

  // Long sessions grow by bounded steps from one loading week to the next.
  for (const sport of Object.keys(plan.weeks[0]!.longSessions) as WorkoutSport[]) {
    let previous: { index: number; seconds: number } | null = null;
    for (const week of plan.weeks) {
      const loading = !week.recovery && (week.phase === 'base' || week.phase === 'build' || week.phase === 'peak');
      // A calendar race displaces the week's long session (a B race is its long effort, the day after a C race is easy).
      if (!loading || calendarRaceWeek(week)) continue;
      const longest = Math.max(
        0,
        ...weekDays(week)
          .filter((d) => !raceDays.has(d.date))
          .flatMap((d) => d.sessions.filter((s) => s.definition.sport === sport).map((s) => s.plannedSeconds)),
      );
      if (previous) {
        expect(
          longest,
          `${label}: ${sport} long session of week ${week.index} after week ${previous.index}`,
        ).toBeLessThanOrEqual(previous.seconds + LONG_STEP_SECONDS[sport]! + LONG_STEP_TOLERANCE_SECONDS);
      }
      previous = { index: week.index, seconds: longest };
    }
  }

  // Nothing hard on a race day besides the race, nor the day before.
  for (const date of races) {
    const raceDay = byDate.get(date);
    if (!raceDay) continue;
    const training = raceDay.sessions.filter((s) => s.libraryKey !== null);
    expect(
      training.filter((s) => s.hard),
      `${label}: training on race day ${date}`,
    ).toEqual([]);
    expect(
      byDate.get(addDays(date, -1))?.sessions.filter((s) => s.hard) ?? [],
      `${label}: the day before the race on ${date}`,
    ).toEqual([]);
  }

  // A B race gets a short taper: its three days before are lighter than the days its week trains on.
  for (const race of (input.races ?? []).filter((r) => r.priority === 'B')) {
    const week = plan.weeks.find((w) => race.date >= w.startDate && race.date <= addDays(w.startDate, 6))!;
    const training = weekDays(week).filter((d) => d.date !== race.date && d.sessions.length > 0);
    const before = [1, 2, 3]
      .map((d) => byDate.get(addDays(race.date, -d)))
      .filter((d): d is PlannedDay => d !== undefined);
    const mean = (days: PlannedDay[]) => days.reduce((sum, d) => sum + dayLoad(d), 0) / days.length;
    expect(mean(before), `${label}: the three days before the B race on ${race.date}`).toBeLessThan(mean(training));
  }

  // Long-course triathlon: a brick run straight off the bike in every build and peak week.
  if (input.raceType === '70.3' || input.raceType === 'ironman') {
    for (const week of plan.weeks.filter(
      (w) => (w.phase === 'build' || w.phase === 'peak') && !calendarRaceWeek(w, 'B'),
    )) {
      const bricked = weekDays(week).some((d) => {
        const ride = d.sessions.findIndex((s) => s.definition.sport === 'bike');
        const brick = d.sessions.findIndex((s) => s.definition.category === 'brick' && s.definition.sport === 'run');
        return ride >= 0 && brick > ride;
      });
      expect(bricked, `${label}: brick in week ${week.index}`).toBe(true);
    }
  }

  // The marathon's long run reaches the peak range (2½ h or 30 km) before the taper.
  if (input.raceType === 'marathon' && options.marathonPeak) {
    const runs = plan.weeks
      .filter((w) => w.phase !== 'taper' && w.phase !== 'race')
      .flatMap((w) =>
        weekDays(w)
          .filter((d) => !raceDays.has(d.date))
          .flatMap((d) => d.sessions.filter((s) => s.definition.sport === 'run')),
      );
    const reached = runs.some((s) => s.plannedSeconds >= 2.5 * 3600 - 60 || (s.plannedMeters ?? 0) >= 30_000);
    expect(
      reached,
      `${label}: longest run ${Math.round(Math.max(...runs.map((s) => s.plannedSeconds)) / 60)} min`,
    ).toBe(true);
  }

  // Run-only blocks never put two long efforts on consecutive days, unless the week averages a long effort's
  // time per training day, which one run a day cannot hold otherwise.
  if (RUN_ONLY.includes(input.raceType) && !options.consecutiveLongRuns) {
    const long = plan.days
      .filter((d) => d.sessions.some((s) => s.plannedSeconds >= LONG_EFFORT_SECONDS))
      .map((d) => d.date);
    const unavoidable = (date: string) => {
      const week = plan.weeks.findLast((w) => w.startDate <= date)!;
      const training = weekDays(week).filter((d) => d.sessions.length > 0).length;
      return training > 0 && (week.plannedHours * 3600) / training >= LONG_EFFORT_SECONDS;
    };
    for (const date of long.filter((d) => !unavoidable(d)))
      expect(long.includes(addDays(date, 1)), `${label}: long efforts on ${date} and the day after`).toBe(false);
  }

  // The taper rehearses this race's pace only.
  for (const week of plan.weeks.filter((w) => w.phase === 'taper' || w.phase === 'race')) {
    for (const s of weekDays(week).flatMap((d) => d.sessions)) {
      const raceOf = s.libraryKey === null ? undefined : RACE_OF_SESSION[s.libraryKey];
      if (raceOf !== undefined)
        expect(raceOf, `${label}: week ${week.index} holds ${s.definition.name}`).toBe(input.raceType);
    }
  }

  expectReasonsNameAFix(plan, label);
}

/** An infeasible plan says why, each reason ending with what would fix it (as block-properties.test.ts checks). */
export function expectReasonsNameAFix(feasibility: Feasibility, label: string): void {
  if (feasibility.feasible) {
    expect(feasibility.reasons, label).toEqual([]);
    return;
  }
  expect(feasibility.reasons.length, label).toBeGreaterThan(0);
  for (const reason of feasibility.reasons) expect(reason, label).toMatch(/: \S.*\S/);
}
