import { describe, expect, it } from 'vitest';
import starter from '../../../../../resources/workouts/starter-library.json';
import { addDays, daysBetween, weekdayIndex } from '../../../../../src-main/common/domain/dates';
import { scheduleBlock, type ScheduleInput } from '../../../../../src-main/common/domain/planner/schedule';
import type {
  PlannedDay,
  PlannedSession,
  WeekTarget,
  WeekdayHours,
} from '../../../../../src-main/common/domain/planner/types';
import { summarizeWorkout } from '../../../../../src-main/common/domain/workouts/workout-metrics';
import { parseWorkoutLibrary } from '../../../../../src-main/common/domain/workouts/workout-library';
import { blockWeeks, GUARDRAILS } from './block-fixture';

const library = parseWorkoutLibrary(starter);
const RACE_DATE = '2026-04-19'; // a Sunday
const AVAILABILITY: WeekdayHours = [0, 1.5, 1.5, 1, 1.5, 2.5, 3.5];
const RUNNER = { thresholdPace: 240, lthr: 170, maxHr: 190, restingHr: 48 };

function marathonInput(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    weeks: blockWeeks({ raceDate: RACE_DATE, raceType: 'marathon', weeks: 18, peakHours: 9, loadPerHour: 58 }),
    raceDate: RACE_DATE,
    raceType: 'marathon',
    availability: AVAILABILITY,
    longSessionDay: 6,
    guardrails: GUARDRAILS,
    library,
    thresholds: RUNNER,
    ...overrides,
  };
}

const daysOf = (days: readonly PlannedDay[], week: WeekTarget) =>
  days.filter((d) => d.date >= week.startDate && d.date <= addDays(week.startDate, 6));
/** Training of a week: the race is not training (the block generator's convention, and the scheduler's). */
const trainingOf = (days: readonly PlannedDay[], week: WeekTarget) =>
  daysOf(days, week).flatMap((d) => (d.date === RACE_DATE ? [] : d.sessions));
const sum = (sessions: readonly PlannedSession[], f: (s: PlannedSession) => number) =>
  sessions.reduce((a, s) => a + f(s), 0);
const isHard = (d: PlannedDay | undefined) => !!d?.sessions.some((s) => s.hard);

describe('scheduleBlock: an 18-week marathon block', () => {
  const input = marathonInput();
  const days = scheduleBlock(input);

  it('returns one day per calendar day from week 1 Monday to race day', () => {
    expect(days[0]!.date).toBe('2025-12-15');
    expect(days.at(-1)!.date).toBe(RACE_DATE);
    expect(days).toHaveLength(daysBetween('2025-12-15', RACE_DATE) + 1);
    days.forEach((d, i) => expect(d.date).toBe(addDays('2025-12-15', i)));
  });

  it('puts the marathon on race day at a realistic pace for this runner', () => {
    const [race] = days.at(-1)!.sessions;
    expect(days.at(-1)!.sessions).toHaveLength(1);
    expect(race).toMatchObject({ libraryKey: null, plannedMeters: 42_195, hard: true });
    expect(race!.definition.category).toBe('race-pace');
    // 42.195 km at 91 % of a 4:00/km threshold speed: 42195 / (0.91 × 1000/240) = 11 128 s ≈ 3:05.
    expect(race!.plannedSeconds).toBe(Math.round(42_195 / (0.91 * (1000 / 240))));
  });

  it('keeps the two days before the race short and easy', () => {
    for (const d of days.slice(-3, -1)) {
      for (const s of d.sessions) {
        expect(s.hard).toBe(false);
        expect(s.plannedSeconds).toBeLessThanOrEqual(1800);
      }
    }
    // The day before holds the shakeout with strides.
    expect(days.at(-2)!.sessions.map((s) => s.libraryKey)).toEqual(['run-shakeout']);
  });

  it('respects availability: nothing on rest days, never more than the day allows or the longest-session limit', () => {
    for (const d of days) {
      if (d.date === RACE_DATE) continue;
      const hours = AVAILABILITY[weekdayIndex(d.date)]!;
      expect(
        sum(d.sessions, (s) => s.plannedSeconds),
        d.date,
      ).toBeLessThanOrEqual(hours * 3600);
      for (const s of d.sessions) expect(s.plannedSeconds).toBeLessThanOrEqual(GUARDRAILS.maxSessionSeconds);
    }
    expect(days.filter((d) => weekdayIndex(d.date) === 0).every((d) => d.sessions.length === 0)).toBe(true);
  });

  it('holds the long run on Sunday at about the week target length', () => {
    for (const week of input.weeks.filter((w) => w.phase !== 'race')) {
      const sunday = days.find((d) => d.date === addDays(week.startDate, 6))!;
      const long = sunday.sessions.find((s) => s.definition.category === 'long');
      expect(long, `week ${week.index}`).toBeDefined();
      expect(long!.plannedSeconds / week.longSessionSeconds).toBeGreaterThan(0.95);
      expect(long!.plannedSeconds / week.longSessionSeconds).toBeLessThan(1.12);
    }
  });

  it('never puts two hard days back to back', () => {
    for (let i = 1; i < days.length; i++) expect(isHard(days[i - 1]) && isHard(days[i]), days[i]!.date).toBe(false);
  });

  it('places the run time trial in the last week of base and of build', () => {
    const testWeeks = input.weeks
      .filter((w) => trainingOf(days, w).some((s) => s.libraryKey === 'run-tt-30'))
      .map((w) => w.index);
    expect(testWeeks).toEqual([6, 12]);
  });

  it('lands every week within ±10 % of its load and hours targets', () => {
    for (const week of input.weeks) {
      const sessions = trainingOf(days, week);
      const load = sum(sessions, (s) => s.plannedLoad);
      const hours = sum(sessions, (s) => s.plannedSeconds) / 3600;
      expect(Math.abs(load / week.targetLoad - 1), `week ${week.index} load ${load}`).toBeLessThanOrEqual(0.1);
      expect(Math.abs(hours / week.targetHours - 1), `week ${week.index} hours ${hours}`).toBeLessThanOrEqual(0.1);
    }
  });

  it('keeps the high band under the guardrail and near the week target, and maps key sessions to the library', () => {
    for (const week of input.weeks) {
      const sessions = trainingOf(days, week);
      const seconds = sum(sessions, (s) => s.plannedSeconds);
      const high = sum(sessions, (s) => s.bandSeconds.high) / seconds;
      expect(high, `week ${week.index}`).toBeLessThanOrEqual(GUARDRAILS.maxHighIntensityShare);
      const quality = sum(sessions, (s) => s.bandSeconds.moderate + s.bandSeconds.high) / seconds;
      expect(Math.abs(quality - (week.intensity.moderate + week.intensity.high)), `week ${week.index}`).toBeLessThan(
        0.12,
      );
    }
    const week10 = trainingOf(days, input.weeks[9]!).map((s) => s.definition.category);
    expect(week10).toEqual(expect.arrayContaining(['threshold', 'vo2max']));
    const peak = trainingOf(days, input.weeks[12]!).map((s) => s.libraryKey);
    // Race pace for a marathon is marathon pace, not 10 km pace.
    expect(peak).toContain('run-marathon-pace-3x20');
  });

  it('gives every session the numbers summarizeWorkout computes for its definition', () => {
    for (const s of days.flatMap((d) => d.sessions)) {
      const summary = summarizeWorkout(s.definition, RUNNER);
      expect(s.plannedSeconds).toBe(Math.round(summary.seconds));
      expect(s.plannedLoad).toBe(Math.round(summary.load * 10) / 10);
      expect(s.hard).toBe(summary.hard);
    }
  });

  it('is deterministic', () => {
    expect(scheduleBlock(marathonInput())).toEqual(days);
  });
});

describe('scheduleBlock: locked days, triathlon and guardrails', () => {
  it('keeps locked days verbatim and plans the rest of their week around them', () => {
    const input = marathonInput();
    const free = scheduleBlock(input);
    const week = input.weeks[9]!;
    const lockedTuesday: PlannedDay = {
      date: addDays(week.startDate, 1),
      sessions: free.find((d) => d.date === addDays(week.startDate, 4))!.sessions.filter((s) => s.hard),
    };
    const bigSaturday = free.find((d) => d.date === addDays(week.startDate, 5))!;
    const lockedSaturday: PlannedDay = { date: bigSaturday.date, sessions: [] };
    const days = scheduleBlock({ ...input, lockedDays: [lockedTuesday, lockedSaturday] });
    expect(days.find((d) => d.date === lockedTuesday.date)).toEqual(lockedTuesday);
    expect(days.find((d) => d.date === lockedSaturday.date)!.sessions).toEqual([]);
    // Nothing hard beside the locked hard Tuesday, and the week still reaches its load from the other days.
    const weekDays = daysOf(days, week);
    expect(isHard(weekDays[0]) || isHard(weekDays[2])).toBe(false);
    const load = sum(trainingOf(days, week), (s) => s.plannedLoad);
    expect(Math.abs(load / week.targetLoad - 1)).toBeLessThanOrEqual(0.1);
  });

  it('counts a locked day toward its week: a locked big day leaves less for the rest', () => {
    const input = marathonInput();
    const week = input.weeks[1]!;
    const free = sum(trainingOf(scheduleBlock(input), week), (s) => s.plannedLoad);
    const huge = library.find((e) => e.key === 'run-marathon-pace-3x20')!;
    const summary = summarizeWorkout(huge.definition, RUNNER);
    const lockedSession: PlannedSession = {
      libraryKey: huge.key,
      definition: huge.definition,
      plannedSeconds: Math.round(summary.seconds),
      plannedMeters: summary.meters === null ? null : Math.round(summary.meters),
      plannedLoad: Math.round(summary.load * 10) / 10,
      bandSeconds: summary.bandSeconds,
      hard: summary.hard,
    };
    const days = scheduleBlock({
      ...input,
      lockedDays: [{ date: addDays(week.startDate, 2), sessions: [lockedSession] }],
    });
    const others = trainingOf(days, week).filter((s) => s !== lockedSession);
    expect(sum(others, (s) => s.plannedLoad)).toBeLessThan(free - 0.8 * lockedSession.plannedLoad);
    expect(
      Math.abs((sum(others, (s) => s.plannedLoad) + lockedSession.plannedLoad) / week.targetLoad - 1),
    ).toBeLessThanOrEqual(0.1);
  });

  it('trains all three sports for an Ironman, tests each at phase ends and races swim, bike and run', () => {
    const weeks = blockWeeks({
      raceDate: RACE_DATE,
      raceType: 'ironman',
      weeks: 18,
      peakHours: 12,
      loadPerHour: 50,
      longCapSeconds: 5 * 3600,
    });
    const days = scheduleBlock({
      ...marathonInput(),
      weeks,
      raceType: 'ironman',
      availability: [1, 2, 1.5, 2, 1, 5, 3],
      longSessionDay: 5,
      // Three tests in one week hold about an hour above threshold: room for it under a 15 % cap.
      guardrails: { ...GUARDRAILS, maxWeeklyHours: 16, maxSessionSeconds: 6 * 3600, maxHighIntensityShare: 0.15 },
      thresholds: { ftp: 240, thresholdPace: 285, css: 105, weight: 72 },
    });
    const race = days.at(-1)!.sessions;
    expect(race.map((s) => s.definition.sport)).toEqual(['swim', 'bike', 'run']);
    expect(race.map((s) => s.plannedMeters)).toEqual([3800, 180_000, 42_195]);
    for (const week of weeks.filter((w) => w.phase !== 'race' && !w.recovery)) {
      const sports = new Set(trainingOf(days, week).map((s) => s.definition.sport));
      expect([...sports].sort(), `week ${week.index}`).toEqual(['bike', 'run', 'swim']);
      const saturday = days.find((d) => d.date === addDays(week.startDate, 5))!;
      expect(
        saturday.sessions.some((s) => s.definition.sport === 'bike' && s.definition.category === 'long'),
        `week ${week.index}`,
      ).toBe(true);
    }
    const tests = weeks.flatMap((w) =>
      trainingOf(days, w)
        .filter((s) => s.definition.category === 'test')
        .map((s) => `${w.index}:${s.definition.sport}`),
    );
    expect(tests.sort()).toEqual(['12:bike', '12:run', '12:swim', '6:bike', '6:run', '6:swim']);
  });

  it('never passes the weekly hours and load ceilings, even when the targets ask for more', () => {
    const input = marathonInput({ guardrails: { ...GUARDRAILS, maxWeeklyHours: 6, maxWeeklyLoad: 330 } });
    const days = scheduleBlock(input);
    for (const week of input.weeks) {
      const sessions = trainingOf(days, week);
      expect(
        sum(sessions, (s) => s.plannedSeconds),
        `week ${week.index}`,
      ).toBeLessThanOrEqual(6 * 3600);
      expect(
        sum(sessions, (s) => s.plannedLoad),
        `week ${week.index}`,
      ).toBeLessThanOrEqual(330);
    }
  });

  it('fits more key sessions when the coach allows back-to-back hard days', () => {
    const crowded: WeekdayHours = [0, 0, 1.5, 1.5, 0, 2, 3];
    const strict = scheduleBlock(marathonInput({ availability: crowded }));
    const relaxed = scheduleBlock(
      marathonInput({ availability: crowded, guardrails: { ...GUARDRAILS, allowBackToBackHardDays: true } }),
    );
    const hardSessions = (days: PlannedDay[]) => days.flatMap((d) => d.sessions).filter((s) => s.hard).length;
    expect(hardSessions(relaxed)).toBeGreaterThan(hardSessions(strict));
    for (let i = 1; i < strict.length; i++) expect(isHard(strict[i - 1]) && isHard(strict[i])).toBe(false);
  });

  it('rejects weeks that do not follow each other or a race date outside the last week', () => {
    const input = marathonInput();
    expect(() => scheduleBlock({ ...input, raceDate: addDays(RACE_DATE, 1) })).toThrow(/not in the block's last week/);
    expect(() => scheduleBlock({ ...input, weeks: [input.weeks[0]!, input.weeks[2]!] })).toThrow(/does not follow/);
  });
});
