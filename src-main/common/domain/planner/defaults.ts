import type { Guardrails, RaceType, TsbWindow, Weekday, WeekdayHours } from './types';

/** Race-day form window from the issue: fresh (TSB above +5) without having lost fitness (below +20). */
export const DEFAULT_TSB_WINDOW: TsbWindow = { min: 5, max: 20 };

/**
 * A working athlete's week, Monday first: rest on Monday, an hour or so on weekdays, a long Sunday and a
 * medium Saturday (11.5 h available in all).
 */
export const DEFAULT_AVAILABILITY: WeekdayHours = [0, 1.5, 1.5, 1, 1.5, 2.5, 3.5];
export const DEFAULT_LONG_SESSION_DAY: Weekday = 6;

/**
 * Long-course triathletes need a long day that holds the long ride and its brick run, and a second roomy
 * day for the long run: Saturday 2 h, Sunday 4½ h (70.3) or 6½ h (Ironman).
 */
const TRIATHLON_AVAILABILITY: Partial<Record<RaceType, WeekdayHours>> = {
  '70.3': [0, 1.5, 1.5, 1.5, 1.5, 2, 4.5],
  ironman: [0, 2, 2, 1.5, 2, 3, 6.5],
};

/** The upper end of Gabbett's (2016) 0.8–1.3 acute:chronic "sweet spot". */
export const DEFAULT_MAX_ACWR = 1.3;

/**
 * Guardrails per race type. The ramp follows docs/domain.md#load (5–8 CTL points a week typical, ~10 the upper
 * limit): 6 for run races, where impact limits how fast load can rise, 7 for cycling and triathlon. The
 * high-intensity share allows Seiler's ~20 % above LT1 split as ~10 % above LT2 (12 % for 10 k, a faster
 * race). Weekly hours and the longest session scale with the race's duration.
 */
const RACE_GUARDRAILS: Record<
  RaceType,
  Pick<Guardrails, 'maxWeeklyHours' | 'maxRampPerWeek' | 'maxHighIntensityShare' | 'maxSessionSeconds'>
> = {
  '10k': { maxWeeklyHours: 8, maxRampPerWeek: 6, maxHighIntensityShare: 0.12, maxSessionSeconds: 2 * 3600 },
  'half-marathon': { maxWeeklyHours: 9, maxRampPerWeek: 6, maxHighIntensityShare: 0.11, maxSessionSeconds: 2.5 * 3600 },
  marathon: { maxWeeklyHours: 10, maxRampPerWeek: 6, maxHighIntensityShare: 0.1, maxSessionSeconds: 3 * 3600 },
  '70.3': { maxWeeklyHours: 12, maxRampPerWeek: 7, maxHighIntensityShare: 0.1, maxSessionSeconds: 4.5 * 3600 },
  ironman: { maxWeeklyHours: 16, maxRampPerWeek: 7, maxHighIntensityShare: 0.08, maxSessionSeconds: 6 * 3600 },
  'gran-fondo': { maxWeeklyHours: 12, maxRampPerWeek: 7, maxHighIntensityShare: 0.1, maxSessionSeconds: 5.5 * 3600 },
  custom: { maxWeeklyHours: 10, maxRampPerWeek: 6, maxHighIntensityShare: 0.1, maxSessionSeconds: 4 * 3600 },
};

export function defaultGuardrails(raceType: RaceType): Guardrails {
  return {
    minWeeklyHours: 3,
    minWeeklyLoad: null,
    maxWeeklyLoad: null,
    allowBackToBackHardDays: false,
    maxAcwr: DEFAULT_MAX_ACWR,
    ...RACE_GUARDRAILS[raceType],
  };
}

/** Everything a new plan needs besides the race, the pattern and the athlete's fitness. */
export function defaultBlockSettings(raceType: RaceType): {
  guardrails: Guardrails;
  availability: WeekdayHours;
  longSessionDay: Weekday;
  tsbWindow: TsbWindow;
} {
  return {
    guardrails: defaultGuardrails(raceType),
    availability: TRIATHLON_AVAILABILITY[raceType] ?? DEFAULT_AVAILABILITY,
    longSessionDay: DEFAULT_LONG_SESSION_DAY,
    tsbWindow: DEFAULT_TSB_WINDOW,
  };
}
