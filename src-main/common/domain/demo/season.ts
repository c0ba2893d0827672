import { addDays, daysBetween, weekdayIndex } from '../dates';
import type { Random } from './random';
import type { DemoAthleteSpec, DemoRaceFocus } from './roster';

export type DemoRaceFormat =
  | { kind: 'run'; meters: number; ascent: number }
  | { kind: 'bike'; meters: number; ascent: number }
  | { kind: 'tri'; swimMeters: number; bikeMeters: number; runMeters: number };

export interface DemoRace {
  date: string;
  name: string;
  priority: 'A' | 'B';
  format: DemoRaceFormat;
}

export type WeekKind = 'build' | 'recovery' | 'taper' | 'race' | 'transition';

export interface DemoWeek {
  /** Monday of the week. */
  start: string;
  kind: WeekKind;
  /** Share of the athlete's usual weekly hours planned for this week. */
  volume: number;
  /** Weeks since the last off-season ended, which drives the fitness build-up. */
  weeksIntoBlock: number;
}

interface RaceSlot {
  /** Month and day the race is usually held; jittered by a few weeks each year. */
  monthDay: string;
  priority: 'A' | 'B';
  name: string;
  format: DemoRaceFormat;
}

const run = (meters: number, ascent = 0): DemoRaceFormat => ({ kind: 'run', meters, ascent });
const bike = (meters: number, ascent: number): DemoRaceFormat => ({ kind: 'bike', meters, ascent });
const tri = (swimMeters: number, bikeMeters: number, runMeters: number): DemoRaceFormat => ({
  kind: 'tri',
  swimMeters,
  bikeMeters,
  runMeters,
});

/** A typical racing year per focus: one or two A races with tune-up B races about five weeks before. */
const CALENDARS: Record<DemoRaceFocus, RaceSlot[]> = {
  marathon: [
    { monthDay: '03-10', priority: 'B', name: 'Riverside Half Marathon', format: run(21_097) },
    { monthDay: '04-14', priority: 'A', name: 'Harbour City Marathon', format: run(42_195) },
    { monthDay: '09-01', priority: 'B', name: 'Canal Path 10K', format: run(10_000) },
    { monthDay: '10-13', priority: 'A', name: 'Autumn Lakes Marathon', format: run(42_195) },
  ],
  track: [
    { monthDay: '05-12', priority: 'B', name: 'Open Meeting 3000 m', format: run(3_000) },
    { monthDay: '06-09', priority: 'A', name: 'Regional Championships 5000 m', format: run(5_000) },
    { monthDay: '07-21', priority: 'B', name: 'Summer Series 1500 m', format: run(1_500) },
    { monthDay: '08-25', priority: 'A', name: 'National Masters-Open 5000 m', format: run(5_000) },
  ],
  trail: [
    { monthDay: '04-20', priority: 'B', name: 'Ridgeback Trail 25K', format: run(25_000, 1_100) },
    { monthDay: '06-22', priority: 'A', name: 'High Moor Ultra 50K', format: run(50_000, 2_400) },
    { monthDay: '09-14', priority: 'B', name: 'Fell Loop 18K', format: run(18_000, 900) },
    { monthDay: '10-19', priority: 'A', name: 'Three Valleys Trail 42K', format: run(42_000, 2_000) },
  ],
  '10k': [
    { monthDay: '03-17', priority: 'B', name: 'Park 5K', format: run(5_000) },
    { monthDay: '04-28', priority: 'A', name: 'Spring Town 10K', format: run(10_000) },
    { monthDay: '09-08', priority: 'B', name: 'Park 5K', format: run(5_000) },
    { monthDay: '10-06', priority: 'A', name: 'Bridges 10K', format: run(10_000) },
  ],
  road: [
    { monthDay: '04-13', priority: 'B', name: 'Spring Criterium', format: bike(40_000, 100) },
    { monthDay: '05-11', priority: 'B', name: 'Valley Road Race', format: bike(105_000, 1_100) },
    { monthDay: '06-15', priority: 'A', name: 'Regional Road Championship', format: bike(140_000, 1_800) },
    { monthDay: '07-20', priority: 'B', name: 'Summer Criterium', format: bike(45_000, 120) },
    { monthDay: '08-31', priority: 'A', name: 'Hill Classic', format: bike(120_000, 2_200) },
  ],
  'time trial': [
    { monthDay: '04-20', priority: 'B', name: 'Club 10-mile TT', format: bike(16_093, 60) },
    { monthDay: '06-01', priority: 'B', name: 'Open 25 km TT', format: bike(25_000, 120) },
    { monthDay: '07-06', priority: 'A', name: 'District 40 km TT Championship', format: bike(40_000, 180) },
    { monthDay: '08-24', priority: 'A', name: 'Open 40 km TT', format: bike(40_000, 200) },
  ],
  'gran fondo': [
    { monthDay: '05-04', priority: 'B', name: 'Spring Sportive 100', format: bike(100_000, 1_200) },
    { monthDay: '06-21', priority: 'A', name: 'Granite Pass Gran Fondo', format: bike(160_000, 2_600) },
    { monthDay: '09-07', priority: 'A', name: 'Harvest Gran Fondo', format: bike(150_000, 2_200) },
  ],
  // An early-season goal in March (as the big spring gravel races are), so a cyclist is in a block in winter too.
  gravel: [
    { monthDay: '03-22', priority: 'A', name: 'Red Clay Gravel Fondo', format: bike(160_000, 1_400) },
    { monthDay: '05-18', priority: 'B', name: 'Dust Roads 60', format: bike(60_000, 700) },
    { monthDay: '07-13', priority: 'A', name: 'Flint Hills Gravel 120', format: bike(120_000, 1_500) },
    { monthDay: '09-21', priority: 'B', name: 'Forest Gravel 80', format: bike(80_000, 1_000) },
  ],
  ironman: [
    { monthDay: '06-01', priority: 'B', name: 'Lakeside 70.3', format: tri(1_900, 90_000, 21_097) },
    { monthDay: '07-13', priority: 'A', name: 'Northshore Ironman', format: tri(3_800, 180_000, 42_195) },
    { monthDay: '09-14', priority: 'B', name: 'Bay Olympic Triathlon', format: tri(1_500, 40_000, 10_000) },
  ],
  // A warm-weather season opener in early April, so a triathlete is in a block in winter too.
  '70.3': [
    { monthDay: '04-05', priority: 'A', name: 'Palm Coast 70.3', format: tri(1_900, 90_000, 21_097) },
    { monthDay: '05-18', priority: 'B', name: 'Bay Olympic Triathlon', format: tri(1_500, 40_000, 10_000) },
    { monthDay: '06-22', priority: 'A', name: 'Lakeside 70.3', format: tri(1_900, 90_000, 21_097) },
    { monthDay: '09-07', priority: 'A', name: 'Coastal 70.3', format: tri(1_900, 90_000, 21_097) },
  ],
  olympic: [
    { monthDay: '05-25', priority: 'B', name: 'Reservoir Sprint Triathlon', format: tri(750, 20_000, 5_000) },
    { monthDay: '06-29', priority: 'A', name: 'City Olympic Triathlon', format: tri(1_500, 40_000, 10_000) },
    { monthDay: '08-24', priority: 'A', name: 'Bay Olympic Triathlon', format: tri(1_500, 40_000, 10_000) },
  ],
  sprint: [
    { monthDay: '05-11', priority: 'B', name: 'Park 5K', format: run(5_000) },
    { monthDay: '06-15', priority: 'A', name: 'Reservoir Sprint Triathlon', format: tri(750, 20_000, 5_000) },
    { monthDay: '08-17', priority: 'A', name: 'Village Sprint Triathlon', format: tri(750, 20_000, 5_000) },
  ],
};

/**
 * Thirty weeks, the planner's longest block: goal races are entered a season ahead, so in December the
 * spring marathon is already on the calendar and a block toward it can be under way.
 */
export const RACE_HORIZON_DAYS = 210;

/** The weekend day on or after a date (races are on Saturdays or Sundays). */
function nextWeekend(date: string, preferSaturday: boolean): string {
  const target = preferSaturday ? 5 : 6;
  return addDays(date, (target - weekdayIndex(date) + 7) % 7);
}

/**
 * Races between the first data day (plus a lead-in, so the first race has a build before it) and
 * RACE_HORIZON_DAYS after today: the future ones are the season goals the coach is planning for.
 */
export function planRaces(focus: DemoRaceFocus, firstDay: string, today: string, random: Random): DemoRace[] {
  const firstYear = Number(firstDay.slice(0, 4));
  const lastYear = Number(today.slice(0, 4)) + 1;
  const horizon = addDays(today, RACE_HORIZON_DAYS);
  const races: DemoRace[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const slot of CALENDARS[focus]) {
      const jittered = addDays(`${year}-${slot.monthDay}`, random.int(-10, 10));
      const date = nextWeekend(jittered, slot.format.kind === 'bike' && random.chance(0.3));
      if (daysBetween(firstDay, date) < 42 || date > horizon || date === today) continue;
      races.push({ date, name: slot.name, priority: slot.priority, format: slot.format });
    }
  }
  return races.sort((a, b) => a.date.localeCompare(b.date));
}

/** Build weeks cycle 3:1 (three rising load weeks, one recovery week), the classic periodisation. */
const BUILD_STEPS = [0.92, 1.0, 1.08] as const;
const RECOVERY_VOLUME = 0.6;

/**
 * Labels every week from the first Monday to the week holding `today`: a taper of one week (two for
 * marathon and long-course athletes) before each A race, the race week, an off-season after the last
 * A race of the year and a short transition after the others, and 3:1 build/recovery cycles between.
 */
export function planWeeks(
  spec: DemoAthleteSpec,
  firstMonday: string,
  today: string,
  races: DemoRace[],
  random: Random,
): DemoWeek[] {
  const aRaces = races.filter((r) => r.priority === 'A').map((r) => r.date);
  const longTaper = spec.focus === 'marathon' || spec.focus === 'ironman' || spec.focus === 'trail';
  const weeks: DemoWeek[] = [];
  let blockStartIndex = -random.int(0, 3);
  let transitionLeft = 0;
  for (let index = 0, start = firstMonday; start <= today; index++, start = addDays(start, 7)) {
    const end = addDays(start, 6);
    const raceThisWeek = aRaces.find((d) => d >= start && d <= end);
    const nextA = aRaces.find((d) => d > end);
    const weeksToRace = nextA ? Math.floor(daysBetween(start, nextA) / 7) : Infinity;
    let kind: WeekKind;
    let volume: number;
    if (raceThisWeek) {
      kind = 'race';
      volume = 0.5;
      const lastOfYear = !aRaces.some((d) => d > raceThisWeek && d.slice(0, 4) === raceThisWeek.slice(0, 4));
      transitionLeft = lastOfYear ? 3 : 1;
    } else if (transitionLeft > 0) {
      kind = 'transition';
      volume = transitionLeft >= 2 ? 0.3 : 0.5;
      transitionLeft--;
      blockStartIndex = index + 1;
    } else if (weeksToRace === 1 || (longTaper && weeksToRace === 2)) {
      kind = 'taper';
      volume = weeksToRace === 2 ? 0.8 : 0.65;
    } else {
      const weeksIntoBlock = index - blockStartIndex;
      const position = ((weeksIntoBlock % 4) + 4) % 4;
      // Volume grows over the first ten weeks of a block: base before build.
      const ramp = 0.85 + 0.15 * Math.min(1, Math.max(0, weeksIntoBlock) / 10);
      kind = position === 3 ? 'recovery' : 'build';
      volume = position === 3 ? RECOVERY_VOLUME : BUILD_STEPS[position as 0 | 1 | 2] * ramp;
    }
    weeks.push({ start, kind, volume, weeksIntoBlock: Math.max(0, index - blockStartIndex) });
  }
  return weeks;
}
