import starterLibrary from '../../../../resources/workouts/starter-library.json';
import type { ThresholdValues } from '../../../../src-main/common/domain/thresholds';
import { addDays } from '../../../../src-main/common/domain/dates';
import { DEFAULT_PMC_CONVENTION, type PmcConvention } from '../../../../src-main/common/domain/load/pmc-convention';
import { DEFAULT_TSB_WINDOW, defaultGuardrails } from '../../../../src-main/common/domain/planner/defaults';
import {
  LOADING_PATTERNS,
  RACE_TYPES,
  type BlockInput,
  type Weekday,
  type WeekdayHours,
} from '../../../../src-main/common/domain/planner/types';
import { parseWorkoutLibrary } from '../../../../src-main/common/domain/workouts/workout-library';
import type { SeededRandom } from '../load/seeded-random';

export const STARTER_LIBRARY = parseWorkoutLibrary(starterLibrary);

/** A club runner and triathlete: FTP 250 W, threshold pace 4:30/km, CSS 1:40/100 m. */
export const THRESHOLDS: ThresholdValues = {
  ftp: 250,
  thresholdPace: 270,
  css: 100,
  lthr: 170,
  maxHr: 190,
  restingHr: 50,
};

/**
 * The worked example: an 18-week marathon block for an athlete at CTL 45 / ATL 45, 3:1 loading,
 * ramp limit 6, 4–10 h a week, a working athlete's availability (11.5 h, Monday off, long run Sunday).
 */
export const MARATHON_18: BlockInput = {
  raceDate: '2026-04-19',
  raceType: 'marathon',
  weeks: 18,
  pattern: '3:1',
  startCtl: 45,
  startAtl: 45,
  availability: [0, 1.5, 1.5, 1, 1.5, 2.5, 3.5],
  longSessionDay: 6,
  guardrails: { ...defaultGuardrails('marathon'), minWeeklyHours: 4, maxWeeklyHours: 10, maxRampPerWeek: 6 },
  tsbWindow: DEFAULT_TSB_WINDOW,
  convention: DEFAULT_PMC_CONVENTION,
};

const round = (value: number, step: number) => Math.round(value / step) * step;

/**
 * A random athlete and goal: any race type, 8–30 weeks, any pattern, CTL 0–120 with ATL around it, uneven
 * availability with rest days, guardrails from loose to contradictory, either PMC convention and form dating.
 */
export function randomBlockInput(random: SeededRandom): BlockInput {
  const raceType = RACE_TYPES[random.int(0, RACE_TYPES.length - 1)]!;
  const startCtl = round(random.next() * 120, 0.1);
  const longSessionDay = random.int(5, 6) as Weekday;
  const availability = Array.from({ length: 7 }, (_, day) => {
    if (day === longSessionDay) return round(1.5 + random.next() * 4, 0.25);
    return random.next() < 0.25 ? 0 : round(0.5 + random.next() * 2, 0.25);
  }) as unknown as WeekdayHours;
  const available = availability.reduce((sum, h) => sum + h, 0);
  const maxWeeklyHours = round(3 + random.next() * 17, 0.5);
  const convention: PmcConvention = {
    ...DEFAULT_PMC_CONVENTION,
    smoothing: random.next() < 0.5 ? 'trainingpeaks' : 'goldencheetah',
    formTiming: random.next() < 0.7 ? 'previous-day' : 'same-day',
  };
  const windowMin = random.int(-5, 10);
  return {
    raceDate: addDays('2026-03-01', random.int(0, 400)),
    raceType,
    weeks: random.int(8, 30),
    pattern: LOADING_PATTERNS[random.int(0, LOADING_PATTERNS.length - 1)]!,
    startCtl,
    startAtl: round(startCtl * (0.6 + random.next() * 0.8), 0.1),
    availability,
    longSessionDay,
    guardrails: {
      minWeeklyHours: random.next() < 0.3 ? 0 : round(random.next() * Math.min(maxWeeklyHours, available) * 0.7, 0.5),
      maxWeeklyHours,
      minWeeklyLoad: random.next() < 0.8 ? null : round(100 + random.next() * 300, 10),
      maxWeeklyLoad: random.next() < 0.7 ? null : round(250 + random.next() * 900, 10),
      maxRampPerWeek: round(3 + random.next() * 7, 0.5),
      maxHighIntensityShare: round(0.03 + random.next() * 0.17, 0.01),
      maxSessionSeconds: round(1.5 + random.next() * 4.5, 0.25) * 3600,
      allowBackToBackHardDays: random.next() < 0.15,
      maxAcwr: 1.3,
    },
    tsbWindow: random.next() < 0.6 ? DEFAULT_TSB_WINDOW : { min: windowMin, max: windowMin + random.int(6, 20) },
    convention,
  };
}

/** Thresholds of a random athlete, within the usual amateur-to-elite range. */
export function randomThresholds(random: SeededRandom): ThresholdValues {
  return {
    ftp: random.int(150, 380),
    thresholdPace: random.int(190, 330),
    css: random.int(75, 130),
    lthr: random.int(150, 185),
    maxHr: random.int(180, 200),
    restingHr: random.int(40, 60),
  };
}
