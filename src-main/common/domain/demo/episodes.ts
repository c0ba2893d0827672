import { addDays, daysBetween } from '../dates';
import type { Random } from './random';
import type { DemoAthleteSpec } from './roster';
import type { DemoRace } from './season';

export type EpisodeKind = 'illness' | 'travel' | 'injury' | 'life_stress';
export type InjuredSport = 'run' | 'bike' | 'swim';

/** A stretch of days that changes training and wellness; `end` is inclusive and may lie after today (still ongoing). */
export interface DemoEpisode {
  kind: EpisodeKind;
  start: string;
  end: string;
  title: string;
  body: string;
  /** For injuries: the sport the athlete must not do. */
  injuredSport: InjuredSport | null;
}

interface InjuryTemplate {
  title: string;
  body: string;
  sport: InjuredSport;
}

const RUN_INJURIES: InjuryTemplate[] = [
  {
    sport: 'run',
    title: 'Left Achilles sore',
    body: 'Left Achilles sore after hill reps, 4/10 on the stairs in the morning. No running; easy cycling if pain-free.',
  },
  {
    sport: 'run',
    title: 'Right calf strain',
    body: 'Right calf tightened at 8 km of the long run, 5/10. Walked home. Physio: grade 1 strain, 2–3 weeks.',
  },
  {
    sport: 'run',
    title: 'Left plantar fascia',
    body: 'Left heel pain on the first steps in the morning, 3/10, eases after 10 min. No track work, cut volume.',
  },
  {
    sport: 'run',
    title: 'Right knee (IT band)',
    body: 'Outside of right knee hurts from 30 min into runs, 5/10 on descents. Swap runs for the bike, hip strength daily.',
  },
  {
    sport: 'run',
    title: 'Shin pain both legs',
    body: 'Inner shins sore after the mileage jump, 4/10. Run volume halved, soft surfaces only.',
  },
];
const BIKE_INJURIES: InjuryTemplate[] = [
  {
    sport: 'bike',
    title: 'Left knee (patellar)',
    body: 'Front of left knee aches after long climbs, 4/10. Saddle raised 5 mm; rides under 90 min, low torque.',
  },
  {
    sport: 'bike',
    title: 'Lower back stiffness',
    body: 'Lower back stiff after 3 h rides, 3/10. Bike fit booked; core work daily.',
  },
  {
    sport: 'bike',
    title: 'Crash: bruised hip',
    body: 'Crashed on a wet descent: road rash on the right side and a bruised hip, 5/10 when walking. No riding until comfortable.',
  },
];
const SWIM_INJURIES: InjuryTemplate[] = [
  {
    sport: 'swim',
    title: 'Right shoulder impingement',
    body: 'Right shoulder pinches on the catch, 4/10 after 2 km. Pull buoy only, no paddles; rotator cuff work with the physio.',
  },
];

const ILLNESSES = [
  { title: 'Head cold', body: 'Blocked nose and sore throat, felt flat on the morning run. Easy or off until clear.' },
  { title: 'Flu-like illness', body: 'Fever 38.4 °C, aching legs. Full rest until 24 h without fever.' },
  { title: 'Stomach bug', body: 'Vomiting overnight, could not eat. Rest, fluids; back with short easy sessions.' },
  { title: 'Chest cold', body: 'Cough and tight chest. Below-the-neck symptoms: no training until gone.' },
];
const TRIPS = [
  { title: 'Work trip', body: 'Conference abroad, two flights, hotel gym only.' },
  { title: 'Long-haul travel', body: 'Long-haul flight with a 7 h time-zone change; poor sleep for days.' },
  { title: 'Family visit', body: 'Six-hour drive each way; training where it fits.' },
  { title: 'Holiday', body: 'Beach holiday: short runs or swims, mostly rest.' },
];
const STRESSES = [
  { title: 'Deadline at work', body: 'Long days before a project launch; sleeping badly.' },
  { title: 'Moving house', body: 'Packing and moving all week; training squeezed in.' },
  { title: 'Exams', body: 'University exams; study comes first for two weeks.' },
  { title: 'Family illness', body: 'Caring for a sick parent; tired and worried.' },
];

function injuriesFor(spec: DemoAthleteSpec): InjuryTemplate[] {
  if (spec.discipline === 'run') return RUN_INJURIES;
  if (spec.discipline === 'bike') return BIKE_INJURIES;
  return [...RUN_INJURIES, ...BIKE_INJURIES, ...SWIM_INJURIES];
}

/**
 * What is happening to the athlete around today, so a fresh demo shows every kind of story on the
 * roster: someone ill now, someone travelling, someone injured, someone stressed, someone fine.
 */
function recentStory(spec: DemoAthleteSpec, today: string, random: Random): DemoEpisode | null {
  switch (spec.index % 6) {
    case 0: {
      const illness = random.pick(ILLNESSES);
      return {
        kind: 'illness',
        start: addDays(today, -random.int(2, 4)),
        end: addDays(today, 3),
        ...illness,
        injuredSport: null,
      };
    }
    case 1: {
      const trip = random.pick(TRIPS);
      return {
        kind: 'travel',
        start: addDays(today, -random.int(4, 6)),
        end: addDays(today, -1),
        ...trip,
        injuredSport: null,
      };
    }
    case 2: {
      const injury = random.pick(injuriesFor(spec));
      return {
        kind: 'injury',
        start: addDays(today, -random.int(8, 12)),
        end: addDays(today, 10),
        title: injury.title,
        body: injury.body,
        injuredSport: injury.sport,
      };
    }
    case 3: {
      const stress = random.pick(STRESSES);
      return {
        kind: 'life_stress',
        start: addDays(today, -random.int(5, 9)),
        end: addDays(today, 5),
        ...stress,
        injuredSport: null,
      };
    }
    case 5: {
      const illness = random.pick(ILLNESSES);
      const start = addDays(today, -random.int(16, 20));
      return { kind: 'illness', start, end: addDays(start, random.int(4, 6)), ...illness, injuredSport: null };
    }
    default:
      return null;
  }
}

/** Episodes over the two years, never overlapping each other or an A race (ill on race day would end the story). */
export function planEpisodes(
  spec: DemoAthleteSpec,
  firstDay: string,
  today: string,
  races: DemoRace[],
  random: Random,
): DemoEpisode[] {
  const episodes: DemoEpisode[] = [];
  const story = recentStory(spec, today, random);
  if (story) episodes.push(story);
  const blocked = races.filter((r) => r.priority === 'A').map((r) => r.date);
  const span = daysBetween(firstDay, today);

  const place = (
    kind: EpisodeKind,
    minDays: number,
    maxDays: number,
    text: { title: string; body: string },
    injuredSport: InjuredSport | null = null,
  ) => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const start = addDays(firstDay, random.int(21, span - 30));
      const end = addDays(start, random.int(minDays, maxDays) - 1);
      const clashes =
        episodes.some((e) => start <= addDays(e.end, 5) && end >= addDays(e.start, -5)) ||
        blocked.some((d) => d >= start && d <= addDays(end, 2));
      if (clashes) continue;
      episodes.push({ kind, start, end, ...text, injuredSport });
      return;
    }
  };

  for (let i = random.int(2, 4); i > 0; i--) place('illness', 3, 8, random.pick(ILLNESSES));
  for (let i = random.int(3, 6); i > 0; i--) place('travel', 2, 7, random.pick(TRIPS));
  for (let i = random.int(1, 3); i > 0; i--) place('life_stress', 7, 16, random.pick(STRESSES));
  const injuryChance = spec.discipline === 'bike' ? 0.45 : 0.85;
  const injuries = random.chance(injuryChance) ? (random.chance(0.3) ? 2 : 1) : 0;
  for (let i = 0; i < injuries; i++) {
    const injury = random.pick(injuriesFor(spec));
    place('injury', 8, 28, injury, injury.sport);
  }
  return episodes.sort((a, b) => a.start.localeCompare(b.start));
}

export interface DayCondition {
  illness: boolean;
  travel: boolean;
  lifeStress: boolean;
  injuredSport: InjuredSport | null;
  /** Days since an illness ended (1, 2, 3…), for the slow return of HRV; null when none recently. */
  daysAfterIllness: number | null;
}

function conditionOn(episodes: DemoEpisode[], date: string): DayCondition {
  const condition: DayCondition = {
    illness: false,
    travel: false,
    lifeStress: false,
    injuredSport: null,
    daysAfterIllness: null,
  };
  for (const e of episodes) {
    if (e.kind === 'illness' && date > e.end) {
      const after = daysBetween(e.end, date);
      if (after <= 4) condition.daysAfterIllness = after;
    }
    if (date < e.start || date > e.end) continue;
    if (e.kind === 'illness') condition.illness = true;
    if (e.kind === 'travel') condition.travel = true;
    if (e.kind === 'life_stress') condition.lifeStress = true;
    if (e.kind === 'injury') condition.injuredSport = e.injuredSport;
  }
  return condition;
}

export type ConditionLookup = (date: string) => DayCondition;

/** Day conditions, memoised: the schedule and the wellness model ask about the same days many times. */
export function conditionCalendar(episodes: DemoEpisode[]): ConditionLookup {
  const cache = new Map<string, DayCondition>();
  return (date) => {
    let condition = cache.get(date);
    if (!condition) {
      condition = conditionOn(episodes, date);
      cache.set(date, condition);
    }
    return condition;
  };
}
