import type { ThresholdValues } from '../../thresholds';
import type { WorkoutDefinition, WorkoutSport } from '../../workouts/workout-schema';
import { addDays, daysBetween, weekdayIndex } from '../../dates';
import { HARD_LOAD } from '../../workouts/intensity-bands';
import { summarizeWorkout, type WorkoutSummary } from '../../workouts/workout-metrics';
import { scaleWorkoutToDuration, scaleWorkoutToLoad } from '../../workouts/workout-scaling';
import type {
  CalendarRace,
  DayLimit,
  Guardrails,
  KeySession,
  PlannedDay,
  PlannedSession,
  RaceType,
  WeekTarget,
  Weekday,
  WeekdayHours,
} from '../types';
import { secondLongDay } from '../long-sessions';
import type { RaceDayRole } from '../race-calendar';
import { hoursOn } from '../week-frames';
import { MIN_FILLER_SECONDS, sizeFillers, type FillerSlot } from './filler-sizing';
import { chooseKeyWorkout } from './key-sessions';
import { raceIntensity, raceSessions } from './race-day';
import { atRacePace, plannedSession, type CatalogEntry, type SessionCatalog } from './session-catalog';
import type { SportMix } from './sport-mix';

export interface WeekPlanContext {
  week: WeekTarget;
  raceDate: string;
  raceType: RaceType;
  availability: WeekdayHours;
  longSessionDay: Weekday;
  guardrails: Guardrails;
  thresholds: ThresholdValues;
  catalog: SessionCatalog;
  /** Shortest a key session of a kind and sport can be made (null: the library has none). */
  shortestKey(kind: Exclude<KeySession, 'long'>, sport: WorkoutSport): number | null;
  /** Whether this week ends a base or build phase, where the threshold tests go. */
  testWeek: boolean;
  /** How many test weeks came before, to alternate test protocols. */
  testOrdinal: number;
  lockedByDate: ReadonlyMap<string, PlannedDay>;
  /** Whether the day before this week's Monday holds a hard session. */
  hardBefore: boolean;
  /** Days near the calendar's other races, with their role (raceDayRoles). */
  raceRoles: ReadonlyMap<string, { role: RaceDayRole; race: CalendarRace }>;
  dayLimits: readonly DayLimit[];
  /** The block's sport mix, with the coach's split for multisport races. */
  mix: SportMix;
}

/**
 * A day's part in the week: 'race' holds a race, 'taper' one short easy session before a race, 'easy' only
 * easy sessions (after a race, a limited day), 'long' and 'key' the week's long and key sessions.
 */
type DayRole = 'locked' | 'race' | 'taper' | 'easy' | 'long' | 'key' | 'open';

interface Day {
  date: string;
  capacity: number;
  role: DayRole;
  /** Sports not to plan on this day (an injury). */
  without: ReadonlySet<WorkoutSport>;
  sessions: PlannedSession[];
  /** Indexes of sessions the easy-time step added: the only ones the weekly ceilings may shorten. */
  fillers: number[];
}

/** Taper days hold one short easy session: Mujika & Padilla (2003) — cut volume, keep frequency and intensity. */
const TAPER_DAYS = 2;
const TAPER_SESSION_SECONDS = 1800;
/** Key sessions stay at least this many days before the race, so race week's last days are easy. */
const KEY_DAYS_BEFORE_RACE = 3;
/** Planned hours and load aim within ±10 % of the week's targets. */
const TARGET_TOLERANCE = 0.1;
/** A day with this much room can hold two sessions of different sports (multisport plans). */
const TWO_SESSION_SECONDS = 5400;
/** Rounding slack so a session rounded to whole seconds never passes its limit. */
const SLACK = 0.5;
/**
 * How much longer easy time may make a key session: its warm-up and cool-down can grow by half its length
 * (a tempo run inside a longer easy run). Long sessions are never lengthened: their length is the
 * progression's bounded step (long-sessions.ts), which easy time would undo.
 */
const KEY_EXTENSION_SHARE = 0.5;
/** The day before a hard day gets a lighter share of easy time, so the key session starts fresh. */
const EVE_OF_HARD_DAY_WEIGHT = 0.6;
/** The day before a long session holds at most this share of it in easy time. */
const EVE_OF_LONG_SHARE = 0.5;
/**
 * A run this long is a long effort. An easy run beside one, or in race week, stays shorter: a runner never
 * gets a 97-minute easy run the day before 100 minutes with marathon-pace blocks, nor 104-minute runs in the
 * days before a marathon.
 */
const LONG_RUN_EFFORT_SECONDS = 90 * 60;
/**
 * An easy swim stays within an hour: more continuous swimming is a long swim, which the week plans as one,
 * not the rest of a roomy Sunday after the long ride (a 112-minute endurance swim in a 70.3 taper).
 */
const MAX_EASY_SWIM_SECONDS = 60 * 60;
/** Easy workouts whose load per hour is this close (relative) to the best match count as equally good. */
const RATE_TOLERANCE = 0.1;
/**
 * Moderate time a week must lack before a tempo session is added to meet its distribution: the 20 minutes
 * of the shortest tempo run, so the top-up never overshoots, and a 5-hour recovery week asking for 10 %
 * tempo gets it rather than none.
 */
const TOP_UP_MODERATE_SECONDS = 1200;
/** A brick run: about a sixth of the ride before it, 15–40 minutes. */
const BRICK_SHARE = 1 / 6;
const BRICK_MIN_SECONDS = 900;
const BRICK_MAX_SECONDS = 2400;
/** Just under the load that makes a session hard on volume alone: a crowded long session and every easy session stay below it. */
const EASY_LOAD_LIMIT = HARD_LOAD - 1;

const sum = <T>(items: readonly T[], f: (item: T) => number) => items.reduce((a, item) => a + f(item), 0);
const hasHard = (sessions: readonly PlannedSession[] | undefined) => !!sessions?.some((s) => s.hard);

/** Running tallies of the week's training (the race left out: it is not training). */
interface Tally {
  seconds: number;
  load: number;
  moderate: number;
  high: number;
  bySport: Map<WorkoutSport, number>;
}

function tally(days: readonly Day[]): Tally {
  const t: Tally = { seconds: 0, load: 0, moderate: 0, high: 0, bySport: new Map() };
  for (const day of days) if (day.role !== 'race') day.sessions.forEach((s) => count(t, s, 1));
  return t;
}

function count(t: Tally, s: PlannedSession, sign: 1 | -1): void {
  t.seconds += sign * s.plannedSeconds;
  t.load += sign * s.plannedLoad;
  t.moderate += sign * s.bandSeconds.moderate;
  t.high += sign * s.bandSeconds.high;
  t.bySport.set(s.definition.sport, (t.bySport.get(s.definition.sport) ?? 0) + sign * s.plannedSeconds);
}

/**
 * One week's days, planned in order of precedence: locked days and the race are fixed; the long
 * session takes its day; tests and key sessions take hard days spaced by easy ones; a runner's strength
 * session and the taper's short sessions follow; easy time then fills the rest toward the targets.
 * Every step checks the week's ceilings (hours, load, high-intensity share) and the day's room.
 */
class WeekPlanner {
  private readonly days: Day[] = [];
  private readonly mix: SportMix;
  /** Whether the goal race is in this week. */
  private readonly raceWeek: boolean;
  /** The most important other race this week: a B (or A) race replaces the key and long sessions, a C race one key session. */
  private readonly raceInWeek: 'B' | 'C' | null;
  private readonly hardAfter: boolean;
  private readonly lastKeyDate: string;
  private readonly targetSeconds: number;
  private readonly targetLoad: number;
  private readonly maxSeconds: number;
  private readonly maxLoad: number;
  private readonly highBudget: number;
  /** Totals of everything placed so far except the race. */
  private placed: Tally;

  constructor(
    private readonly ctx: WeekPlanContext,
    /** Share of the high-intensity guardrail this attempt may spend (lowered when an attempt breaks it). */
    highFactor: number,
  ) {
    const { week, guardrails: g } = ctx;
    this.mix = ctx.mix;
    this.maxSeconds = g.maxWeeklyHours * 3600;
    this.maxLoad = g.maxWeeklyLoad ?? Number.POSITIVE_INFINITY;
    this.targetSeconds = Math.min(week.targetHours * 3600, this.maxSeconds);
    this.targetLoad = Math.min(week.targetLoad, this.maxLoad);
    // Measured against the least time the week may end with, so the share holds even if hours land low.
    this.highBudget = g.maxHighIntensityShare * (1 - TARGET_TOLERANCE) * this.targetSeconds * highFactor;
    const taperFrom = addDays(ctx.raceDate, -TAPER_DAYS);
    for (let i = 0; i < 7; i++) {
      const date = addDays(week.startDate, i);
      if (date > ctx.raceDate) break;
      const locked = ctx.lockedByDate.get(date);
      const limits = ctx.dayLimits.filter((l) => l.date === date);
      const near = ctx.raceRoles.get(date)?.role;
      const role: DayRole = locked
        ? 'locked'
        : date === ctx.raceDate || near === 'race'
          ? 'race'
          : date >= taperFrom || near === 'pre-race'
            ? 'taper'
            : near === 'post-race' || limits.some((l) => l.easyOnly)
              ? 'easy'
              : 'open';
      const capacity = hoursOn(ctx, date) * 3600;
      const without = new Set(limits.flatMap((l) => l.withoutSports ?? []));
      this.days.push({ date, capacity, role, without, sessions: locked ? [...locked.sessions] : [], fillers: [] });
    }
    this.raceWeek = this.days.some((d) => d.date === ctx.raceDate);
    const weekRaces = this.days.flatMap((d) =>
      d.role === 'race' && d.date !== ctx.raceDate ? [ctx.raceRoles.get(d.date)!.race] : [],
    );
    this.raceInWeek = weekRaces.some((r) => r.priority !== 'C') ? 'B' : weekRaces.length > 0 ? 'C' : null;
    this.lastKeyDate = addDays(ctx.raceDate, -KEY_DAYS_BEFORE_RACE);
    const nextDate = addDays(week.startDate, 7);
    this.hardAfter = nextDate <= ctx.raceDate && hasHard(ctx.lockedByDate.get(nextDate)?.sessions);
    this.placed = tally(this.days);
  }

  plan(): PlannedDay[] {
    this.placeRace();
    this.placeLongSessions();
    this.placeKeySessions();
    this.placeStrength();
    this.placeTaperSessions();
    this.placeEasyTime();
    this.enforceWeeklyCeilings();
    return this.days.map((d) =>
      d.role === 'locked' ? this.ctx.lockedByDate.get(d.date)! : { date: d.date, sessions: d.sessions },
    );
  }

  // ---- helpers -------------------------------------------------------------------------------

  private hardAt(index: number): boolean {
    if (index < 0) return this.ctx.hardBefore;
    if (index >= this.days.length) return this.hardAfter;
    const day = this.days[index]!;
    return day.role === 'race' || hasHard(day.sessions);
  }

  private neighbourHard(index: number): boolean {
    return this.hardAt(index - 1) || this.hardAt(index + 1);
  }

  /** Seconds one more session on this day may last: the day's availability left, and the session guardrail. */
  private room(day: Day): number {
    return Math.min(day.capacity - sum(day.sessions, (s) => s.plannedSeconds), this.ctx.guardrails.maxSessionSeconds);
  }

  private secondsLeft(): number {
    return this.maxSeconds - this.placed.seconds;
  }

  private loadLeft(): number {
    return this.maxLoad - this.placed.load;
  }

  /**
   * Room a key session may take: what the week's ceilings leave, and no more than its targets leave. Easy
   * time tops a week up to its targets afterwards, but nothing takes a key session back: a low-volume week
   * asked for three key sessions keeps the ones it has room for instead of overshooting its load by a third
   * (which raises its ACWR past the guardrail). The taper keeps its intensity while volume falls (Mujika &
   * Padilla 2003): there a key session the targets leave no room for still comes, cut to its shortest
   * (`shortest`: the main set with the least warm-up and cool-down), rather than at its full length, which on
   * a 1–2 h taper week is most of the week and lifts its ACWR past the guardrail.
   */
  private keySecondsLeft(shortest: number): number {
    const targetLeft = this.targetSeconds - this.placed.seconds;
    return Math.min(this.secondsLeft(), this.tapering() ? Math.max(targetLeft, shortest + SLACK) : targetLeft);
  }

  /** The load a key session may bring: a taper's key session is held by its length (keySecondsLeft) instead. */
  private keyLoadLeft(): number {
    return this.tapering() ? this.loadLeft() : Math.min(this.loadLeft(), this.targetLoad - this.placed.load);
  }

  private tapering(): boolean {
    return this.ctx.week.phase === 'taper' || this.ctx.week.phase === 'race';
  }

  /** The week's long session in a sport: no key session of that sport outlasts it (it is the week's longest effort). */
  private longSeconds(sport: WorkoutSport): number {
    const long = this.days
      .filter((d) => d.role === 'long')
      .flatMap((d) => d.sessions.filter((s) => s.definition.sport === sport));
    return long.length > 0 ? Math.max(...long.map((s) => s.plannedSeconds)) : Number.POSITIVE_INFINITY;
  }

  private highLeft(): number {
    return Math.max(0, this.highBudget - this.placed.high);
  }

  private fitsWeek(summary: WorkoutSummary): boolean {
    return summary.seconds <= this.secondsLeft() && summary.load <= this.loadLeft();
  }

  private add(day: Day, libraryKey: string | null, definition: WorkoutDefinition, summary: WorkoutSummary): void {
    const session = plannedSession(libraryKey, definition, summary);
    day.sessions.push(session);
    if (day.role !== 'race') count(this.placed, session, 1);
  }

  private replace(day: Day, index: number, session: PlannedSession | null): void {
    count(this.placed, day.sessions[index]!, -1);
    if (session) {
      day.sessions[index] = session;
      count(this.placed, session, 1);
      return;
    }
    day.sessions.splice(index, 1);
    day.fillers = day.fillers.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i));
  }

  // ---- race and long session ----------------------------------------------------------------

  /** The race is placed whatever the guardrails say: it is the point of the block, not a training session. */
  private placeRace(): void {
    for (const day of this.days.filter((d) => d.role === 'race')) {
      const race = this.ctx.raceRoles.get(day.date)?.race;
      const definitions =
        day.date === this.ctx.raceDate || !race
          ? raceSessions(this.ctx.raceType)
          : raceSessions(race.raceType ?? 'custom', race.name);
      for (const definition of definitions)
        this.add(day, null, definition, summarizeWorkout(definition, this.ctx.thresholds));
    }
  }

  /** The day for a long session: its weekday when open and roomy enough, else the roomiest open day nearest it. */
  private longDayIndex(weekday: number, seconds: number, sport: WorkoutSport): number | null {
    const usable = (d: Day) => d.role === 'open' && !d.without.has(sport);
    const wanted = this.days.findIndex((d) => usable(d) && weekdayIndex(d.date) === weekday);
    if (wanted >= 0 && this.room(this.days[wanted]!) >= seconds / 2) return wanted;
    const distance = (i: number) => Math.abs(weekdayIndex(this.days[i]!.date) - weekday);
    const open = this.days
      .map((_, i) => i)
      .filter((i) => usable(this.days[i]!) && this.room(this.days[i]!) >= MIN_FILLER_SECONDS);
    open.sort((a, b) => this.room(this.days[b]!) - this.room(this.days[a]!) || distance(a) - distance(b));
    return open[0] ?? null;
  }

  /**
   * The week's long sessions, the main one on the long day and a triathlete's long run on the second long
   * day, then the brick run straight off the long ride. A week holding a B race has none: the race is its
   * long effort.
   */
  private placeLongSessions(): void {
    const { week } = this.ctx;
    if (this.raceWeek || this.raceInWeek === 'B') return;
    const sports = Object.keys(week.longSessions) as WorkoutSport[];
    const sessions =
      sports.length > 0
        ? sports.map((sport) => ({ sport, seconds: week.longSessions[sport]! }))
        : [{ sport: this.mix.longSport, seconds: week.longSessionSeconds }];
    sessions.forEach(({ sport, seconds }, i) => {
      const weekday = i === 0 ? this.ctx.longSessionDay : secondLongDay(this.ctx.availability, this.ctx.longSessionDay);
      if (seconds <= 0 || weekday === null) return;
      const day = this.placeLongSession(sport, seconds, weekday);
      if (day && i === 0 && week.brick) this.placeBrick(day);
    });
  }

  /**
   * One long session. Quality long sessions (a marathon-pace finish, tempo blocks) come only from those
   * run at this race's pace — never another race's — and rotate in during build and lead in peak and
   * taper, the race-specific weeks (a marathon-pace finish two weeks out); base and recovery weeks keep it aerobic. A long session that would sit next
   * to another hard day (or break a budget) falls back to the aerobic one, trimmed if its sheer load would
   * make it hard.
   */
  private placeLongSession(sport: WorkoutSport, seconds: number, weekday: number): Day | null {
    const { week, catalog, thresholds } = this.ctx;
    const index = this.longDayIndex(weekday, seconds, sport);
    if (index === null) return null;
    const day = this.days[index]!;
    const limit = Math.min(this.room(day), this.secondsLeft()) - SLACK;
    let candidates = catalog.entries(sport, ['long']);
    if (candidates.length === 0) candidates = catalog.entries(sport, ['endurance']);
    const aerobic = candidates.filter((e) => e.summary.bandSeconds.moderate + e.summary.bandSeconds.high === 0);
    const pace = raceIntensity(this.ctx.raceType, sport);
    const specific = candidates.filter((e) => !aerobic.includes(e) && pace !== null && atRacePace(e, pace));
    const quality = (week.phase === 'build' || week.phase === 'peak' || week.phase === 'taper') && !week.recovery;
    const pool =
      !quality || specific.length === 0
        ? aerobic.length > 0
          ? aerobic
          : candidates
        : week.phase === 'build'
          ? [...aerobic, ...specific]
          : specific;
    if (pool.length === 0 || limit < MIN_FILLER_SECONDS) return null;

    const spaced = this.ctx.guardrails.allowBackToBackHardDays || !this.neighbourHard(index);
    const acceptable = (s: WorkoutSummary) =>
      s.seconds <= limit &&
      this.fitsWeek(s) &&
      (s.bandSeconds.high === 0 || s.bandSeconds.high <= this.highLeft()) &&
      (spaced || !s.hard);
    const scaled = (e: CatalogEntry) => ({
      key: e.key,
      ...scaleWorkoutToDuration(e.definition, thresholds, seconds, { maxSeconds: limit }),
    });
    let chosen = scaled(pool[week.index % pool.length]!);
    if (!acceptable(chosen.summary) && aerobic.length > 0) {
      const plain = aerobic[week.index % aerobic.length]!;
      chosen = scaled(plain);
      const loadRoom = Math.min(this.loadLeft(), spaced ? Number.POSITIVE_INFINITY : EASY_LOAD_LIMIT);
      if (chosen.summary.load > loadRoom)
        chosen = {
          key: plain.key,
          ...scaleWorkoutToLoad(plain.definition, thresholds, loadRoom, { maxSeconds: limit }),
        };
    }
    if (!acceptable(chosen.summary)) return null;
    this.add(day, chosen.key, chosen.definition, chosen.summary);
    day.role = 'long';
    return day;
  }

  /**
   * A brick: a run straight off the long ride, 15–40 minutes (about a sixth of the ride), at the race's run
   * effort when the library has a brick session for it. A library without one gets its easy run, labelled as
   * the brick it is.
   */
  private placeBrick(day: Day): void {
    const { catalog, thresholds } = this.ctx;
    if (day.without.has('run')) return;
    const ride = day.sessions.find((s) => s.definition.sport === 'bike');
    const room = Math.min(this.room(day), this.secondsLeft()) - SLACK;
    if (!ride || room < BRICK_MIN_SECONDS) return;
    const seconds = Math.min(
      room,
      Math.max(BRICK_MIN_SECONDS, Math.min(BRICK_MAX_SECONDS, ride.plannedSeconds * BRICK_SHARE)),
    );
    const pace = raceIntensity(this.ctx.raceType, 'run');
    const bricks = catalog.entries('run', ['brick']);
    const closest = (list: CatalogEntry[]) =>
      [...list].sort((a, b) => Math.abs(a.workIntensity - (pace ?? 0)) - Math.abs(b.workIntensity - (pace ?? 0)))[0];
    const entry = closest(bricks) ?? catalog.entries('run', ['endurance']).find((e) => !e.summary.hard);
    if (!entry) return;
    const scaled = scaleWorkoutToDuration(entry.definition, thresholds, seconds, { maxSeconds: room });
    if (
      scaled.summary.seconds > room ||
      !this.fitsWeek(scaled.summary) ||
      scaled.summary.bandSeconds.high > this.highLeft()
    )
      return;
    const definition =
      entry.definition.category === 'brick'
        ? scaled.definition
        : { ...scaled.definition, name: `Brick: ${scaled.definition.name} off the bike`, category: 'brick' as const };
    this.add(day, entry.key, definition, scaled.summary);
  }

  // ---- key sessions and tests ---------------------------------------------------------------

  /**
   * Tests first (they validate the thresholds everything else is planned from), then the week's key
   * sessions in the generator's order. At a phase end the scheduler adds a test per sport; if the
   * targets did not already list it in place of a key session, it takes the place of one of its sport.
   * Multisport plans rotate key sessions through the sports from week to week.
   */
  private keyRequests(): { kind: Exclude<KeySession, 'long'>; sport: WorkoutSport }[] {
    const { week } = this.ctx;
    const sports = this.mix.sports;
    // A B race is the week's key session and its test; a C race takes the place of the hardest key session.
    if (this.raceInWeek === 'B') return [];
    const keys = week.keySessions.filter(
      (k): k is Exclude<KeySession, 'long' | 'test'> => k !== 'long' && k !== 'test',
    );
    if (this.raceInWeek === 'C' && keys.length > 0) {
      const hardest = (['vo2max', 'threshold', 'race-pace', 'tempo'] as const).find((k) => keys.includes(k))!;
      keys.splice(keys.indexOf(hardest), 1);
    }
    const others = keys.map((kind, j) => ({ kind, sport: sports[(j + week.index) % sports.length]! }));
    const asked = week.keySessions.includes('test');
    if (this.raceWeek || !(this.ctx.testWeek || asked)) return others;
    for (const sport of asked ? [] : sports) {
      const replaced = others.findIndex(
        (o) => o.sport === sport && (o.kind === 'threshold' || o.kind === 'vo2max' || o.kind === 'tempo'),
      );
      if (replaced >= 0) others.splice(replaced, 1);
    }
    return [...sports.map((sport) => ({ kind: 'test' as const, sport })), ...others];
  }

  /** Days that could take a hard session, best first: fresh days, farthest from other hard days, not beside the long day, roomiest, earliest. */
  private hardDayCandidates(sport: WorkoutSport, shortest: number): number[] {
    const allowBackToBack = this.ctx.guardrails.allowBackToBackHardDays;
    const multisport = this.mix.sports.length > 1;
    // A long session is a long effort: key sessions keep away from it as from hard days.
    const hard = [-1, ...this.days.keys(), this.days.length].filter(
      (j) => this.hardAt(j) || this.days[j]?.role === 'long',
    );
    const distanceToHard = (i: number) => Math.min(7, ...hard.filter((j) => j !== i).map((j) => Math.abs(j - i)));
    const besideLong = (i: number) => Number(this.days[i - 1]?.role === 'long' || this.days[i + 1]?.role === 'long');
    const pairing = (d: Day) =>
      multisport && d.role === 'key' && d.sessions.length < 2 && !d.sessions.some((s) => s.definition.sport === sport);
    return [...this.days.keys()]
      .filter((i) => {
        const d = this.days[i]!;
        const fresh = d.role === 'open' && d.sessions.length === 0;
        return (
          (fresh || pairing(d)) &&
          !d.without.has(sport) &&
          d.date <= this.lastKeyDate &&
          this.room(d) >= shortest &&
          (allowBackToBack || !this.neighbourHard(i))
        );
      })
      .sort(
        (a, b) =>
          Number(this.days[a]!.role === 'key') - Number(this.days[b]!.role === 'key') ||
          distanceToHard(b) - distanceToHard(a) ||
          besideLong(a) - besideLong(b) ||
          this.room(this.days[b]!) - this.room(this.days[a]!) ||
          a - b,
      );
  }

  private placeKeySessions(): void {
    const { week } = this.ctx;
    const requests = this.keyRequests();
    requests.forEach((request, j) => this.placeKey(request, requests.length - j));
    // Distribution top-up: when the listed key sessions leave the week well short of its moderate share
    // (a base week asking for 10 % tempo with only a long session listed), one tempo session makes it up.
    // Recovery and taper weeks get it too when their targets ask for it: less volume, intensity kept.
    const missingModerate = week.intensity.moderate * this.targetSeconds - this.placed.moderate;
    if (!this.raceWeek && missingModerate >= TOP_UP_MODERATE_SECONDS) {
      this.placeKey({ kind: 'tempo', sport: this.mix.sports[week.index % this.mix.sports.length]! }, 1);
    }
  }

  /** Places one key session on the best hard day that can hold it; `remaining` counts it and those after it. */
  private placeKey(request: { kind: Exclude<KeySession, 'long'>; sport: WorkoutSport }, remaining: number): void {
    const { week, thresholds, catalog } = this.ctx;
    const shortest = this.ctx.shortestKey(request.kind, request.sport);
    if (shortest === null) return;
    const qualityWanted = (week.intensity.moderate + week.intensity.high) * this.targetSeconds;
    for (const index of this.hardDayCandidates(request.sport, shortest)) {
      const day = this.days[index]!;
      const chosen = chooseKeyWorkout(
        catalog,
        {
          kind: request.kind,
          sport: request.sport,
          maxSeconds:
            Math.min(
              this.room(day),
              this.keySecondsLeft(shortest),
              this.tapering() ? Number.POSITIVE_INFINITY : this.longSeconds(request.sport),
            ) - SLACK,
          maxHighSeconds: this.highLeft(),
          maxLoad: this.keyLoadLeft(),
          desiredQualitySeconds: Math.max(0, (qualityWanted - this.placed.moderate - this.placed.high) / remaining),
          raceIntensity: raceIntensity(this.ctx.raceType, request.sport),
          rotation: request.kind === 'test' ? this.ctx.testOrdinal : week.index + remaining,
        },
        thresholds,
      );
      if (!chosen) continue;
      this.add(day, chosen.libraryKey, chosen.definition, chosen.summary);
      day.role = 'key';
      return;
    }
  }

  // ---- strength, taper ----------------------------------------------------------------------

  /** One strength session in base and build weeks for runners, on the roomiest easy day, beside its run. */
  private placeStrength(): void {
    const { week, catalog } = this.ctx;
    if (!this.mix.strength || this.raceWeek || week.recovery || (week.phase !== 'base' && week.phase !== 'build'))
      return;
    const options = catalog.entries('strength', ['strength']);
    if (options.length === 0) return;
    const entry = options[week.index % options.length]!;
    // Strength comes beside the running, never instead of it: a week too short for an easy run besides it goes without.
    if (this.targetSeconds - this.placed.seconds < entry.summary.seconds + MIN_FILLER_SECONDS) return;
    const day = this.days
      .filter(
        (d) =>
          d.role === 'open' && d.sessions.length === 0 && this.room(d) >= entry.summary.seconds + MIN_FILLER_SECONDS,
      )
      .sort((a, b) => this.room(b) - this.room(a))[0];
    if (day && this.fitsWeek(entry.summary)) this.add(day, entry.key, entry.definition, entry.summary);
  }

  /** The days just before the race: one short recovery session each; openers or strides the day before. */
  private placeTaperSessions(): void {
    const { catalog, thresholds, raceDate } = this.ctx;
    const taperDays = this.days.filter((d) => d.role === 'taper');
    // Days easy time may still go to: they share what the week's targets leave with the taper days.
    const openDays = this.days.filter(
      (d) => d.role === 'open' && d.sessions.length === 0 && this.room(d) >= MIN_FILLER_SECONDS,
    ).length;
    taperDays.forEach((day, n) => {
      const daysOut = daysBetween(day.date, this.ctx.raceRoles.get(day.date)?.race.date ?? raceDate);
      const sports = this.mix.sports.filter((s) => !day.without.has(s));
      if (sports.length === 0) return;
      const sport = sports[(daysOut - 1) % sports.length]!;
      const options = catalog.entries(sport, ['recovery']).filter((e) => !e.summary.hard);
      if (options.length === 0) return;
      // The day before: openers or a shakeout with strides when the library has one.
      const sharp = options.filter(
        (e) => e.summary.bandSeconds.high > 0 && e.summary.bandSeconds.high <= this.highLeft(),
      );
      const entry =
        daysOut === 1 && sharp.length > 0
          ? sharp[0]!
          : (options.find((e) => e.summary.bandSeconds.high === 0) ?? options[0]!);
      // A small week gets shorter taper sessions, not a bigger week, and keeps its training before the race.
      const share = (this.targetSeconds - this.placed.seconds) / (taperDays.length - n + openDays);
      const limit = Math.min(this.room(day), TAPER_SESSION_SECONDS, this.secondsLeft(), share) - SLACK;
      if (limit < MIN_FILLER_SECONDS / 2) return;
      const scaled = scaleWorkoutToDuration(entry.definition, thresholds, Math.min(entry.summary.seconds, limit), {
        maxSeconds: limit,
      });
      if (scaled.summary.seconds <= limit && this.fitsWeek(scaled.summary))
        this.add(day, entry.key, scaled.definition, scaled.summary);
    });
  }

  // ---- easy time ----------------------------------------------------------------------------

  /**
   * The endurance and recovery workouts for an easy slot. Endurance sessions rotate among those whose
   * load per hour is within 10 % of the closest to what the week still needs per hour (so a week short
   * of load gets the steadier rides); strides and the like only while the high-intensity budget has
   * room. Recovery sessions have no fast bits at all (openers and shakeouts are for the day before a race).
   */
  private easyTemplates(sport: WorkoutSport, rotation: number, neededRate: number) {
    const { catalog } = this.ctx;
    const calm = (e: CatalogEntry) => !e.summary.hard && e.summary.bandSeconds.high <= this.highLeft() / 4;
    const rate = (e: CatalogEntry) => e.summary.load / e.summary.seconds;
    const calmEasy = catalog.entries(sport, ['endurance', 'technique']).filter(calm);
    const miss = (e: CatalogEntry) => Math.abs(rate(e) - neededRate);
    const closest = Math.min(...calmEasy.map(miss));
    const easy = calmEasy.filter((e) => miss(e) <= closest + RATE_TOLERANCE * neededRate);
    const recovery = catalog
      .entries(sport, ['recovery'])
      .filter((e) => !e.summary.hard && e.summary.bandSeconds.high === 0);
    const pick = (list: CatalogEntry[]) => (list.length > 0 ? list[rotation % list.length]! : null);
    const easyEntry = pick(easy) ?? pick(recovery);
    // Fallback when the rotated session cannot shrink to its slot (repeats that do not scale): the most
    // scalable one of the same kind.
    const shortest = (list: CatalogEntry[]) =>
      list.reduce<CatalogEntry | null>(
        (best, e) => (!best || this.shortestSeconds(e) < this.shortestSeconds(best) ? e : best),
        null,
      );
    return easyEntry
      ? {
          easy: easyEntry,
          recovery: pick(recovery),
          shortEasy: shortest(calmEasy) ?? easyEntry,
          shortRecovery: shortest(recovery),
        }
      : null;
  }

  private shortestSeconds(entry: CatalogEntry): number {
    return this.ctx.catalog.shortestSeconds(entry);
  }

  /**
   * Where easy time may go. New easy sessions: single-sport plans one per free day (beside a strength
   * session if there is one); multisport plans up to two of different sports on a roomy free day and one
   * beside a key or long session (a swim after intervals, a brick run after the long ride), with sports
   * dealt by how far each is from its share of the week's time. Then extensions of the scheduler's own
   * key and long sessions on days that got no new session.
   */
  private easySlots() {
    const { thresholds, guardrails } = this.ctx;
    const multisport = this.mix.sports.length > 1;
    const need = new Map(
      this.mix.sports.map((s) => [
        s,
        (this.mix.timeShare[s] ?? 0) * this.targetSeconds - (this.placed.bySport.get(s) ?? 0),
      ]),
    );
    const fresh: { day: Day; index: number; sport: WorkoutSport; share: number }[] = [];
    this.days.forEach((day, index) => {
      const room = this.room(day);
      if (room < MIN_FILLER_SECONDS) return;
      let count = 0;
      if ((day.role === 'open' || day.role === 'easy') && !day.sessions.some((s) => s.definition.sport !== 'strength'))
        count = multisport && room >= TWO_SESSION_SECONDS ? 2 : 1;
      else if (multisport && (day.role === 'key' || day.role === 'long') && day.sessions.length < 2) count = 1;
      const taken = new Set([...day.sessions.map((s) => s.definition.sport), ...day.without]);
      for (let n = 0; n < count; n++) {
        // A runner kept off running by an injury rides instead: cross-training holds the aerobic load off the injury.
        const crossTraining =
          !multisport && day.without.has(this.mix.longSport) && !taken.has('bike') ? 'bike' : undefined;
        const sport =
          crossTraining ?? [...need.entries()].filter(([s]) => !taken.has(s)).sort((a, b) => b[1] - a[1])[0]?.[0];
        if (!sport) break;
        taken.add(sport);
        need.set(sport, (need.get(sport) ?? 0) - room / count);
        fresh.push({ day, index, sport, share: 1 / count });
      }
    });
    const slots: { slot: FillerSlot; apply: (seconds: number, recovery: boolean) => void }[] = [];
    const neededRate =
      Math.max(0, this.targetLoad - this.placed.load) / Math.max(1, this.targetSeconds - this.placed.seconds);
    fresh.forEach(({ day, index, sport, share }, n) => {
      const templates = this.easyTemplates(sport, this.ctx.week.index + index + n, neededRate);
      if (!templates) return;
      const rate = (e: CatalogEntry) => e.summary.load / e.summary.seconds;
      // An easy session must stay easy: below the load that would make it hard on volume alone.
      const easyLoadCap = EASY_LOAD_LIMIT / rate(templates.easy);
      // The eve of a long session stays short, so the long one starts fresh (never 1 h 45 before a 2 h 15 long run).
      const nextLong =
        this.days[index + 1]?.role === 'long'
          ? Math.max(...this.days[index + 1]!.sessions.map((s) => s.plannedSeconds))
          : Number.POSITIVE_INFINITY;
      // Nor does an easy session outlast the week's long session of its sport, which would step the longest
      // session past its bounded growth (a triathlete's 73-minute easy run beside the long ride, a day after a 64-minute long run).
      const besideLongRun =
        sport === 'run' &&
        [index - 1, index + 1].some((j) =>
          this.days[j]?.sessions.some(
            (s) => s.definition.sport === 'run' && s.plannedSeconds >= LONG_RUN_EFFORT_SECONDS,
          ),
        );
      const capacity =
        Math.min(
          this.room(day) * share,
          guardrails.maxSessionSeconds,
          easyLoadCap,
          EVE_OF_LONG_SHARE * nextLong,
          this.longSeconds(sport),
          sport === 'run' && (this.raceWeek || besideLongRun) ? LONG_RUN_EFFORT_SECONDS - 60 : Number.POSITIVE_INFINITY,
          sport === 'swim' ? MAX_EASY_SWIM_SECONDS : Number.POSITIVE_INFINITY,
        ) - SLACK;
      slots.push({
        slot: {
          sport,
          capacity,
          weight: capacity * (this.hardAt(index + 1) || Number.isFinite(nextLong) ? EVE_OF_HARD_DAY_WEIGHT : 1),
          easyRate: rate(templates.easy),
          recoveryRate: templates.recovery ? rate(templates.recovery) : null,
          preferRecovery: this.hardAt(index - 1) || hasHard(day.sessions),
          extension: false,
        },
        apply: (seconds, recovery) => {
          const useRecovery = recovery && templates.recovery !== null;
          let entry = useRecovery ? templates.recovery! : templates.easy;
          if (this.shortestSeconds(entry) > seconds)
            entry = (useRecovery ? templates.shortRecovery : templates.shortEasy) ?? entry;
          let scaled = scaleWorkoutToDuration(entry.definition, thresholds, seconds, { maxSeconds: capacity });
          // Stretched templates grow steadier than their warm-up-heavy originals: keep the load under the hard line.
          if (scaled.summary.hard)
            scaled = scaleWorkoutToLoad(entry.definition, thresholds, EASY_LOAD_LIMIT, { maxSeconds: capacity });
          if (scaled.summary.seconds > capacity || scaled.summary.hard) return;
          this.add(day, entry.key, scaled.definition, scaled.summary);
          day.fillers.push(day.sessions.length - 1);
        },
      });
    });
    const withFresh = new Set(fresh.map((f) => f.day));
    this.days.forEach((day) => {
      if (day.role !== 'key' || withFresh.has(day)) return;
      // The day's spare time is shared by its sessions, each also held to the session guardrail.
      const dayLeft = (day.capacity - sum(day.sessions, (s) => s.plannedSeconds)) / day.sessions.length;
      day.sessions.forEach((session, i) => {
        // Easy minutes never take a key session past the week's long one: the longest session would then grow
        // by more than the long session's bounded step (a half-marathon-pace run made 85 minutes beside a 71-minute long run).
        const extra =
          Math.min(
            dayLeft,
            guardrails.maxSessionSeconds - session.plannedSeconds,
            KEY_EXTENSION_SHARE * session.plannedSeconds,
            this.longSeconds(session.definition.sport) - session.plannedSeconds,
          ) - SLACK;
        if (extra < 60) return;
        // The added minutes are easy (warm-up, cool-down, steady running), so they cost an easy session's load per second.
        const easy = this.easyTemplates(session.definition.sport, 0, neededRate)?.easy.summary;
        const easyRate = easy ? easy.load / easy.seconds : session.plannedLoad / session.plannedSeconds;
        slots.push({
          slot: {
            sport: session.definition.sport,
            capacity: extra,
            weight: extra,
            easyRate,
            recoveryRate: null,
            preferRecovery: false,
            extension: true,
          },
          apply: (seconds) => {
            if (seconds < 60) return;
            const limit = session.plannedSeconds + extra;
            const longer = scaleWorkoutToDuration(session.definition, thresholds, session.plannedSeconds + seconds, {
              maxSeconds: limit,
            });
            if (longer.summary.seconds <= limit && !(longer.summary.hard && !session.hard))
              this.replace(day, i, plannedSession(session.libraryKey, longer.definition, longer.summary));
          },
        });
      });
    });
    return slots;
  }

  private placeEasyTime(): void {
    const slots = this.easySlots();
    if (slots.length === 0) return;
    const placed = this.placed;
    const sportWeights = Object.fromEntries(
      this.mix.sports.map((s) => [
        s,
        Math.max(0, (this.mix.timeShare[s] ?? 0) * this.targetSeconds - (placed.bySport.get(s) ?? 0)),
      ]),
    );
    const upper = Math.min((1 + TARGET_TOLERANCE) * this.targetSeconds, this.maxSeconds) - placed.seconds;
    let lower = Math.max(0, (1 - TARGET_TOLERANCE) * this.targetSeconds - placed.seconds);
    // Race week keeps its frequency even when its targets are already met (taper: volume down, frequency kept).
    if (this.raceWeek) lower = Math.max(lower, slots.filter((s) => !s.slot.extension).length * MIN_FILLER_SECONDS);
    const sizes = sizeFillers(
      slots.map((s) => s.slot),
      {
        load: this.targetLoad - placed.load,
        seconds: this.targetSeconds - placed.seconds,
        minSeconds: lower,
        maxSeconds: upper,
        maxLoad: this.maxLoad - placed.load,
        weekLoad: this.targetLoad,
        weekSeconds: this.targetSeconds,
        sportWeights: Object.values(sportWeights).some((w) => w > 0) ? sportWeights : this.mix.timeShare,
      },
    );
    // Extensions first: they address sessions by index, which new sessions on other days cannot shift.
    const order = slots
      .map((_, n) => n)
      .sort((a, b) => Number(slots[b]!.slot.extension) - Number(slots[a]!.slot.extension));
    for (const n of order) {
      const size = sizes[n]!;
      if (slots[n]!.slot.extension || size.seconds >= MIN_FILLER_SECONDS) slots[n]!.apply(size.seconds, size.recovery);
    }
  }

  /**
   * Rounding sessions to whole minutes can step a few minutes over the weekly ceilings. The longest easy
   * session gives the excess back (dropped if that leaves it under 20 minutes); without one, the
   * scheduler's other sessions shorten their warm-ups and steady parts.
   */
  private enforceWeeklyCeilings(): void {
    const { thresholds } = this.ctx;
    for (let attempt = 0; attempt < 20; attempt++) {
      const excessSeconds = this.placed.seconds - this.maxSeconds;
      const excessLoad = this.placed.load - this.maxLoad;
      if (excessSeconds <= 0 && excessLoad <= 0) return;
      const own = this.days
        .filter((day) => day.role !== 'locked' && day.role !== 'race')
        .flatMap((day) => day.sessions.map((session, i) => ({ day, i, session, easy: day.fillers.includes(i) })))
        .sort((a, b) => Number(b.easy) - Number(a.easy) || b.session.plannedSeconds - a.session.plannedSeconds);
      const shortened = own.some(({ day, i, session, easy }) => {
        const perSecond = session.plannedLoad / session.plannedSeconds;
        const target = session.plannedSeconds - Math.max(excessSeconds, excessLoad / perSecond, 0) - 60;
        const shorter = scaleWorkoutToDuration(session.definition, thresholds, target, { maxSeconds: target });
        if (shorter.summary.seconds <= target && (!easy || shorter.summary.seconds >= MIN_FILLER_SECONDS)) {
          this.replace(day, i, plannedSession(session.libraryKey, shorter.definition, shorter.summary));
          return true;
        }
        if (!easy) return false;
        this.replace(day, i, null);
        return true;
      });
      if (!shortened) return;
    }
  }
}

/** High-band share of the week's time, leaving out the race itself (the race is not the scheduler's to trim). */
function highShare(
  days: readonly PlannedDay[],
  raceDate: string,
  lockedByDate: ReadonlyMap<string, PlannedDay>,
): number {
  const sessions = days.flatMap((d) => (d.date === raceDate && !lockedByDate.has(d.date) ? [] : d.sessions));
  const seconds = sum(sessions, (s) => s.plannedSeconds);
  return seconds > 0 ? sum(sessions, (s) => s.bandSeconds.high) / seconds : 0;
}

/** Budget fractions tried in turn until the week's high-band share is under the guardrail. */
const HIGH_BUDGET_STEPS = [1, 0.75, 0.5, 0.25, 0];

export function planWeek(ctx: WeekPlanContext): PlannedDay[] {
  let days: PlannedDay[] = [];
  for (const factor of HIGH_BUDGET_STEPS) {
    days = new WeekPlanner(ctx, factor).plan();
    if (highShare(days, ctx.raceDate, ctx.lockedByDate) <= ctx.guardrails.maxHighIntensityShare + 1e-9) return days;
  }
  return days;
}
