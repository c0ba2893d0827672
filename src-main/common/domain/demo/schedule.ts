import { addDays } from '../dates';
import type { ConditionLookup } from './episodes';
import type { Random } from './random';
import type { DemoAthleteSpec, DemoDiscipline, DemoLevel } from './roster';
import type { DemoRace, DemoWeek } from './season';
import { HARD_KINDS, type SessionKind, type SessionSport } from './workouts';

export type RaceLeg = 'single' | 'tri-swim' | 'tri-bike' | 'tri-run';

export interface PlannedSession {
  date: string;
  sport: SessionSport;
  kind: SessionKind;
  /** Planned duration; for races the course and the athlete's speed decide it. */
  seconds: number;
  race: { race: DemoRace; leg: RaceLeg; meters: number; ascent: number } | null;
  /** Why the session differs from the template (travel, injury…), shown in the activity notes. */
  adaptation: string | null;
}

interface Slot {
  day: number;
  sport: SessionSport;
  kind: SessionKind;
  share: number;
  from: DemoLevel;
}

const LEVEL_ORDER: DemoLevel[] = ['beginner', 'intermediate', 'advanced', 'elite'];
const slot = (
  day: number,
  sport: SessionSport,
  kind: SessionKind,
  share: number,
  from: DemoLevel = 'beginner',
): Slot => ({ day, sport, kind, share, from });

/** Weekly templates (Monday = 0): the key sessions first, more of them as the level rises. */
const TEMPLATES: Record<DemoDiscipline, Slot[]> = {
  run: [
    slot(0, 'strength', 'strength', 0.05, 'advanced'),
    slot(1, 'run', 'intervals', 0.15),
    slot(2, 'run', 'easy', 0.13, 'intermediate'),
    slot(3, 'run', 'tempo', 0.15),
    slot(4, 'run', 'recovery', 0.08, 'advanced'),
    slot(5, 'run', 'easy', 0.14, 'intermediate'),
    slot(6, 'run', 'long', 0.3),
  ],
  bike: [
    slot(0, 'strength', 'strength', 0.04, 'advanced'),
    slot(1, 'bike', 'intervals', 0.16),
    slot(2, 'bike', 'easy', 0.14, 'intermediate'),
    slot(3, 'bike', 'threshold', 0.17),
    slot(4, 'bike', 'recovery', 0.07, 'advanced'),
    slot(5, 'bike', 'long', 0.27),
    slot(6, 'bike', 'easy', 0.18),
  ],
  tri: [
    slot(0, 'swim', 'easy', 0.07),
    slot(1, 'bike', 'intervals', 0.12),
    slot(1, 'run', 'easy', 0.06, 'intermediate'),
    slot(2, 'swim', 'intervals', 0.07, 'intermediate'),
    slot(2, 'run', 'intervals', 0.09),
    slot(3, 'bike', 'threshold', 0.11, 'intermediate'),
    slot(3, 'swim', 'threshold', 0.07),
    slot(4, 'strength', 'strength', 0.03, 'advanced'),
    slot(5, 'bike', 'long', 0.2),
    slot(5, 'run', 'brick', 0.05, 'intermediate'),
    slot(6, 'run', 'long', 0.13),
  ],
};

/** The weekday of the athlete's long session (Monday = 0), as their coach would enter it in a plan. */
export function longSessionWeekday(discipline: DemoDiscipline): number {
  return TEMPLATES[discipline].find((s) => s.kind === 'long')!.day;
}

/** Longest sensible session per sport, so a big week adds sessions' worth of time rather than a 6-hour run. */
const MAX_SECONDS: Record<SessionSport, number> = {
  run: 2.6 * 3600,
  bike: 5.5 * 3600,
  swim: 1.5 * 3600,
  strength: 3000,
};
const MIN_SECONDS = 20 * 60;

function raceLegs(race: DemoRace): NonNullable<PlannedSession['race']>[] {
  const f = race.format;
  if (f.kind === 'tri') {
    return [
      { race, leg: 'tri-swim', meters: f.swimMeters, ascent: 0 },
      { race, leg: 'tri-bike', meters: f.bikeMeters, ascent: Math.round(f.bikeMeters / 100) },
      { race, leg: 'tri-run', meters: f.runMeters, ascent: Math.round(f.runMeters / 200) },
    ];
  }
  return [{ race, leg: 'single', meters: f.meters, ascent: f.ascent }];
}

const LEG_SPORT: Record<RaceLeg, SessionSport | null> = {
  single: null,
  'tri-swim': 'swim',
  'tri-bike': 'bike',
  'tri-run': 'run',
};

function weekKindOf(kind: SessionKind, week: DemoWeek): SessionKind {
  const hard = HARD_KINDS.has(kind);
  if (week.kind === 'recovery' && hard) return kind === 'intervals' ? 'openers' : 'easy';
  if (week.kind === 'transition') return kind === 'strength' ? kind : 'easy';
  if (week.kind === 'taper' && kind === 'tempo') return 'easy';
  return kind;
}

/** The sessions of one week, changed by races, illness, injury, travel and stress; days after `lastDay` are left out. */
export function planWeekSessions(
  spec: DemoAthleteSpec,
  week: DemoWeek,
  races: DemoRace[],
  conditions: ConditionLookup,
  lastDay: string,
  random: Random,
): PlannedSession[] {
  const level = LEVEL_ORDER.indexOf(spec.level);
  const slots = TEMPLATES[spec.discipline].filter((s) => LEVEL_ORDER.indexOf(s.from) <= level);
  const totalShare = slots.reduce((sum, s) => sum + s.share, 0);
  const weekSeconds = spec.weeklyHours * week.volume * 3600;
  const weekRaces = races.filter((r) => r.date >= week.start && r.date <= addDays(week.start, 6));
  const mainSport: SessionSport = spec.discipline === 'tri' ? 'run' : spec.discipline;
  const sessions: PlannedSession[] = [];

  for (let day = 0; day < 7; day++) {
    const date = addDays(week.start, day);
    if (date > lastDay) break;
    const race = weekRaces.find((r) => r.date === date);
    if (race) {
      // Ill on race day means a DNS; otherwise the race replaces the day's training.
      if (conditions(date).illness) continue;
      for (const leg of raceLegs(race)) {
        const sport = LEG_SPORT[leg.leg] ?? (race.format.kind === 'bike' ? 'bike' : 'run');
        sessions.push({ date, sport, kind: 'race', seconds: 0, race: leg, adaptation: null });
      }
      continue;
    }
    const raceTomorrow = weekRaces.find((r) => r.date === addDays(date, 1));
    const raceYesterday = weekRaces.find((r) => r.date === addDays(date, -1));
    if (raceTomorrow) {
      const sport = raceTomorrow.format.kind === 'bike' ? 'bike' : mainSport;
      const openers = adapt(
        { date, sport, kind: 'openers', seconds: random.between(25, 40) * 60, race: null, adaptation: null },
        conditions,
        spec,
        random,
      );
      if (openers) sessions.push(openers);
      continue;
    }
    if (raceYesterday?.priority === 'A') continue;
    if (week.kind === 'transition' && random.chance(0.4)) continue;

    for (const s of slots.filter((x) => x.day === day)) {
      let kind = weekKindOf(s.kind, week);
      if (raceYesterday && kind !== 'strength') kind = 'recovery';
      // In a race week the hard days before the race become short sharpeners.
      if (week.kind === 'race' && HARD_KINDS.has(kind)) kind = 'openers';
      const jitter = random.between(0.88, 1.12);
      const seconds =
        s.sport === 'strength' ? random.between(30, 45) * 60 : (weekSeconds * s.share * jitter) / totalShare;
      const planned = adapt(
        {
          date,
          sport: s.sport,
          kind,
          seconds: Math.min(MAX_SECONDS[s.sport], Math.max(MIN_SECONDS, seconds)),
          race: null,
          adaptation: null,
        },
        conditions,
        spec,
        random,
      );
      if (planned && !random.chance(0.04)) sessions.push(planned);
    }
  }
  return sessions;
}

/** What the day's circumstances leave of a planned session (null: skipped). */
function adapt(
  session: PlannedSession,
  conditions: ConditionLookup,
  spec: DemoAthleteSpec,
  random: Random,
): PlannedSession | null {
  const c = conditions(session.date);
  if (c.illness) return null;
  let s = session;
  if (c.injuredSport && c.injuredSport === s.sport) {
    // Runners keep fitness on a stationary bike; injured cyclists and swimmers mostly rest.
    if (s.sport !== 'run' || random.chance(0.3)) return null;
    s = {
      ...s,
      sport: 'bike',
      kind: 'easy',
      seconds: Math.min(s.seconds, 3600) * 0.8,
      adaptation: 'injury: cross-training on the bike instead of running',
    };
  }
  if (c.travel) {
    if (random.chance(0.5)) return null;
    const sport: SessionSport = s.sport === 'bike' ? (spec.discipline === 'bike' ? 'strength' : 'run') : s.sport;
    s = {
      ...s,
      sport,
      kind: sport === 'strength' ? 'strength' : 'easy',
      seconds: Math.min(s.seconds, 45 * 60),
      adaptation: 'travel: short session where possible',
    };
  }
  if (c.lifeStress) {
    if (random.chance(0.2)) return null;
    if (HARD_KINDS.has(s.kind) && random.chance(0.5))
      s = { ...s, kind: 'easy', seconds: s.seconds * 0.8, adaptation: 'busy week: easy instead of the key session' };
  }
  if (c.daysAfterIllness !== null && c.daysAfterIllness <= 3) {
    s = {
      ...s,
      kind: HARD_KINDS.has(s.kind) || s.kind === 'long' ? 'easy' : s.kind,
      seconds: s.seconds * 0.7,
      adaptation: 'easing back in after illness',
    };
  }
  return s;
}
