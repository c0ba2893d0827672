import type { WorkoutSport } from '../workouts/workout-schema';
import type { Phase, RaceType, TrainingBaseline } from './types';

/**
 * The long sessions each race asks for, and how long they become at the peak: race-proportionate, as
 * long-course coaches build them. Marathon long runs reach 2½–3 h or 30–35 km (Pfitzinger, Daniels); half
 * and 10 k long runs stop near 2 h and 1½ h; a 70.3 builds a 3–3½ h ride and a 1½–1¾ h run, an Ironman a
 * 5–6 h ride and a 2½–3 h run (Friel); a gran fondo rehearses about 5 h in the saddle.
 */
const PEAK_SECONDS: Record<RaceType, Partial<Record<WorkoutSport, number>>> = {
  marathon: { run: 3 * 3600 },
  'half-marathon': { run: 2 * 3600 },
  '10k': { run: 1.5 * 3600 },
  custom: { run: 2 * 3600 },
  '70.3': { bike: 3.5 * 3600, run: 1.75 * 3600 },
  ironman: { bike: 6 * 3600, run: 2.75 * 3600 },
  'gran-fondo': { bike: 5 * 3600 },
};

/** The marathon's long run also stops at 35 km: a fast runner covers it well inside 3 h. */
const MARATHON_LONGEST_KM = 35;

/** The sport of the main long session (on the long day) first, then any second one (a triathlon's long run). */
export function longSports(raceType: RaceType): WorkoutSport[] {
  return Object.keys(PEAK_SECONDS[raceType]) as WorkoutSport[];
}

/**
 * Largest share of the week's hours one long session may take. Runners training for a marathon on few
 * hours have long runs of 40–50 % of their week (Higdon's novice plans); a triathlete's long ride about
 * 40 %, the long run a quarter, because the other sports need their time too.
 */
function weekShareCap(raceType: RaceType, sport: WorkoutSport): number {
  if (longSports(raceType).length === 1) return 0.45;
  return sport === 'bike' ? 0.4 : 0.25;
}

/**
 * A week's growth of the long session: a tenth of it, between 10 and 15 minutes for runs, 15 and 30 for
 * rides (the usual "10 % or a mile or two a week"), so an athlete a month out from a 90-minute run is not
 * sent on three hours.
 */
const STEP_SECONDS: Partial<Record<WorkoutSport, [number, number]>> = { run: [600, 900], bike: [900, 1800] };
const STEP_SHARE = 0.1;
/** A recovery week's long session steps back to three quarters; taper weeks shorten it week by week. */
const RECOVERY_SHARE = 0.75;
const TAPER_SHARES = [0.75, 0.6, 0.5];
/** Without history, week 1's long session is this share of the week, the classic quarter. */
const DEFAULT_START_SHARE = 0.25;

/**
 * The weekday of a second long session (a triathlete's long run): the roomiest day besides the long day,
 * preferring one not next to it; a Saturday long run before a Sunday long ride is the usual weekend when
 * Saturday is the roomiest.
 */
export function secondLongDay(availability: readonly number[], longDay: number): number | null {
  const adjacent = (d: number) => Math.abs(d - longDay) === 1 || Math.abs(d - longDay) === 6;
  const days = [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== longDay && (availability[d] ?? 0) > 0);
  days.sort((a, b) => availability[b]! - availability[a]! || Number(adjacent(a)) - Number(adjacent(b)) || a - b);
  return days[0] ?? null;
}

export interface LongWeek {
  phase: Phase;
  recovery: boolean;
  /** A calendar race displaces the week's long session: it keeps the last length and the progression waits. */
  raceWeek: boolean;
  /** 0-based taper week, for taper weeks. */
  taperOffset: number | null;
  hours: number;
}

export interface LongLimits {
  maxSessionSeconds: number;
  /** Hours available on the day each long session goes on. */
  dayHours: Partial<Record<WorkoutSport, number>>;
}

export interface LongChoice {
  seconds: Partial<Record<WorkoutSport, number>>;
  /** The main long session's limiting guardrail, when one shortened it. */
  cappedBy: 'session' | 'availability' | null;
}

/**
 * Long sessions week by week: from the athlete's longest of the last six weeks, each loading week one
 * bounded step longer until the race's peak length, held under the week's share, the longest-session
 * guardrail and the day's hours; recovery weeks step back, taper weeks shorten, race week has none.
 */
export class LongSessionProgression {
  private readonly last: Partial<Record<WorkoutSport, number>> = {};
  private readonly peakCap: Partial<Record<WorkoutSport, number>>;

  constructor(
    private readonly raceType: RaceType,
    baseline: TrainingBaseline | undefined,
  ) {
    this.peakCap = { ...PEAK_SECONDS[raceType] };
    const pace = baseline?.longRunSecondsPerKm;
    if (raceType === 'marathon' && pace) this.peakCap.run = Math.min(this.peakCap.run!, MARATHON_LONGEST_KM * pace);
    for (const sport of longSports(raceType)) {
      const recent = baseline?.longestSeconds[sport];
      if (recent !== undefined && recent > 0) this.last[sport] = recent;
    }
  }

  next(week: LongWeek, limits: LongLimits): LongChoice {
    const seconds: Partial<Record<WorkoutSport, number>> = {};
    let cappedBy: LongChoice['cappedBy'] = null;
    if (week.phase === 'race') return { seconds, cappedBy };
    longSports(this.raceType).forEach((sport, i) => {
      const peak = this.peakCap[sport]!;
      const last = this.last[sport] ?? Math.min(DEFAULT_START_SHARE * week.hours * 3600, peak);
      let wanted: number;
      if (week.taperOffset !== null) wanted = last * TAPER_SHARES[Math.min(week.taperOffset, TAPER_SHARES.length - 1)]!;
      else if (week.recovery) wanted = last * RECOVERY_SHARE;
      else if (this.last[sport] === undefined || week.raceWeek) wanted = last;
      else {
        const [least, most] = STEP_SECONDS[sport] ?? [600, 900];
        wanted = Math.min(peak, Math.max(last, last + Math.min(most, Math.max(least, STEP_SHARE * last))));
      }
      wanted = Math.min(wanted, weekShareCap(this.raceType, sport) * week.hours * 3600);
      const available = (limits.dayHours[sport] ?? 0) * 3600;
      const chosen = Math.floor(Math.min(wanted, limits.maxSessionSeconds, available));
      if (i === 0 && chosen < Math.floor(wanted))
        cappedBy = limits.maxSessionSeconds <= available ? 'session' : 'availability';
      seconds[sport] = chosen;
      // Only loading weeks move the progression on (from what they hold); recovery and taper weeks step back from it.
      if (week.taperOffset === null && !week.recovery && !week.raceWeek && chosen > 0) this.last[sport] = chosen;
    });
    return { seconds, cappedBy };
  }
}
