import { describe, expect, it } from 'vitest';
import starter from '../../../../../resources/workouts/starter-library.json';
import type { ThresholdValues } from '../../../../../src-main/common/domain/thresholds';
import { addDays, daysBetween, weekdayIndex } from '../../../../../src-main/common/domain/dates';
import { scheduleBlock, type ScheduleInput } from '../../../../../src-main/common/domain/planner/schedule';
import {
  RACE_TYPES,
  type PlannedDay,
  type PlannedSession,
  type Weekday,
  type WeekdayHours,
} from '../../../../../src-main/common/domain/planner/types';
import { summarizeWorkout } from '../../../../../src-main/common/domain/workouts/workout-metrics';
import { parseWorkoutLibrary } from '../../../../../src-main/common/domain/workouts/workout-library';
import { seededRandom, type SeededRandom } from '../../load/seeded-random';
import { blockWeeks } from './block-fixture';

const library = parseWorkoutLibrary(starter);
const pick = <T>(r: SeededRandom, items: readonly T[]): T => items[r.int(0, items.length - 1)]!;

function lockedSession(r: SeededRandom, thresholds: ThresholdValues): PlannedSession {
  const { key, definition } = pick(r, library);
  const s = summarizeWorkout(definition, thresholds);
  return {
    libraryKey: key,
    definition,
    plannedSeconds: Math.round(s.seconds),
    plannedMeters: s.meters === null ? null : Math.round(s.meters),
    plannedLoad: Math.round(s.load * 10) / 10,
    bandSeconds: s.bandSeconds,
    hard: s.hard,
  };
}

/** A random athlete, goal and coach: any race type, 8–24 weeks, patchy availability, tight or loose guardrails, missing thresholds, a few locked days. */
function randomInput(seed: number): ScheduleInput {
  const r = seededRandom(seed);
  const raceType = pick(r, RACE_TYPES);
  const raceDate = addDays('2026-03-01', r.int(0, 300));
  const weekCount = r.int(8, 24);
  const availability = Array.from({ length: 7 }, () =>
    pick(r, [0, 0, 0.75, 1, 1.5, 2, 3, 4]),
  ) as unknown as WeekdayHours;
  const thresholds: ThresholdValues = {};
  if (r.next() < 0.7) thresholds.ftp = r.int(150, 350);
  if (r.next() < 0.7) thresholds.thresholdPace = r.int(200, 360);
  if (r.next() < 0.7) thresholds.css = r.int(80, 150);
  if (r.next() < 0.5) thresholds.lthr = r.int(150, 180);
  const weeks = blockWeeks({
    raceDate,
    raceType,
    weeks: weekCount,
    peakHours: 4 + r.next() * 10,
    loadPerHour: 45 + r.next() * 20,
    longCapSeconds: r.int(2, 5) * 3600,
  });
  const lockedDays: PlannedDay[] = Array.from({ length: r.int(0, 3) }, () => ({
    date: addDays(weeks[0]!.startDate, r.int(0, daysBetween(weeks[0]!.startDate, raceDate) - 1)),
    sessions: r.next() < 0.3 ? [] : [lockedSession(r, thresholds)],
  })).filter((d, i, all) => all.findIndex((o) => o.date === d.date) === i);
  return {
    weeks,
    raceDate,
    raceType,
    availability,
    longSessionDay: r.int(0, 6) as Weekday,
    guardrails: {
      minWeeklyHours: 2,
      maxWeeklyHours: 5 + r.next() * 11,
      minWeeklyLoad: null,
      maxWeeklyLoad: r.next() < 0.5 ? null : 300 + r.next() * 600,
      maxRampPerWeek: 6,
      maxHighIntensityShare: 0.05 + r.next() * 0.15,
      maxSessionSeconds: (1.5 + r.next() * 4.5) * 3600,
      allowBackToBackHardDays: r.next() < 0.2,
      maxAcwr: 1.3,
    },
    library,
    thresholds,
    lockedDays,
  };
}

const SEEDS = Array.from({ length: 60 }, (_, i) => 1000 + i * 7919);
const sum = (sessions: readonly PlannedSession[], f: (s: PlannedSession) => number) =>
  sessions.reduce((a, s) => a + f(s), 0);

describe('scheduleBlock properties over generated athletes, goals and coaches', () => {
  it.each(SEEDS)('holds every rule for seed %i', (seed) => {
    const input = randomInput(seed);
    const { raceDate, guardrails: g, availability } = input;
    const days = scheduleBlock(input);
    const locked = new Map((input.lockedDays ?? []).map((d) => [d.date, d]));
    const start = input.weeks[0]!.startDate;

    // One day per date, Monday of week 1 to race day.
    expect(days.map((d) => d.date)).toEqual(
      Array.from({ length: daysBetween(start, raceDate) + 1 }, (_, i) => addDays(start, i)),
    );

    days.forEach((day, i) => {
      const keptLocked = locked.get(day.date);
      if (keptLocked) {
        expect(day).toBe(keptLocked);
        return;
      }
      if (day.date === raceDate) {
        expect(day.sessions.length).toBeGreaterThan(0);
        expect(day.sessions.every((s) => s.definition.category === 'race-pace' && s.libraryKey === null)).toBe(true);
        return;
      }
      // Availability and the longest-session guardrail.
      expect(
        sum(day.sessions, (s) => s.plannedSeconds),
        day.date,
      ).toBeLessThanOrEqual(availability[weekdayIndex(day.date)]! * 3600);
      for (const s of day.sessions) {
        expect(s.plannedSeconds).toBeLessThanOrEqual(g.maxSessionSeconds);
        const summary = summarizeWorkout(s.definition, input.thresholds);
        expect(s.plannedLoad).toBe(Math.round(summary.load * 10) / 10);
        expect(s.hard).toBe(summary.hard);
      }
      // Hard / easy: never two hard days in a row unless the coach allows it (two locked days are the coach's call).
      const previous = days[i - 1];
      if (!g.allowBackToBackHardDays && previous && !(locked.has(previous.date) && locked.has(day.date))) {
        expect(
          previous.sessions.some((s) => s.hard) && day.sessions.some((s) => s.hard),
          `${previous.date}–${day.date}`,
        ).toBe(false);
      }
      // Taper: the two days before the race are short and easy.
      if (daysBetween(day.date, raceDate) <= 2)
        for (const s of day.sessions) expect(s.hard || s.plannedSeconds > 1800).toBe(false);
    });

    for (const week of input.weeks) {
      const weekDays = days.filter((d) => d.date >= week.startDate && d.date <= addDays(week.startDate, 6));
      const training = weekDays.flatMap((d) => (d.date === raceDate && !locked.has(d.date) ? [] : d.sessions));
      const fromLocked = weekDays.filter((d) => locked.has(d.date)).flatMap((d) => d.sessions);
      // Weekly ceilings hold whenever the locked days leave room for them.
      if (sum(fromLocked, (s) => s.plannedSeconds) <= g.maxWeeklyHours * 3600) {
        expect(
          sum(training, (s) => s.plannedSeconds),
          `week ${week.index}`,
        ).toBeLessThanOrEqual(g.maxWeeklyHours * 3600);
      }
      if (g.maxWeeklyLoad !== null && sum(fromLocked, (s) => s.plannedLoad) <= g.maxWeeklyLoad) {
        expect(
          sum(training, (s) => s.plannedLoad),
          `week ${week.index}`,
        ).toBeLessThanOrEqual(g.maxWeeklyLoad);
      }
      // High-intensity share under its guardrail in every week the coach did not lock a day of.
      const seconds = sum(training, (s) => s.plannedSeconds);
      if (fromLocked.length === 0 && seconds > 0) {
        expect(sum(training, (s) => s.bandSeconds.high) / seconds, `week ${week.index}`).toBeLessThanOrEqual(
          g.maxHighIntensityShare + 1e-9,
        );
      }
      // The long session sits on its day when that day is free, roomy enough and not one of the taper's last two days.
      const longDay = weekDays.find((d) => weekdayIndex(d.date) === input.longSessionDay);
      const roomy = availability[input.longSessionDay]! * 3600 >= Math.max(week.longSessionSeconds / 2, 1200);
      const free =
        longDay && !locked.has(longDay.date) && fromLocked.length === 0 && daysBetween(longDay.date, raceDate) > 2;
      if (week.phase !== 'race' && free && roomy && week.targetHours <= g.maxWeeklyHours) {
        expect(
          longDay.sessions.some((s) => s.definition.category === 'long'),
          `week ${week.index} long on ${longDay.date}`,
        ).toBe(true);
      }
    }
  });

  it('gives the same days for the same input', () => {
    for (const seed of SEEDS.slice(0, 5))
      expect(scheduleBlock(randomInput(seed))).toEqual(scheduleBlock(randomInput(seed)));
  });
});
