import { createRandom, deriveSeed, shuffled } from './random';

export type DemoDiscipline = 'run' | 'bike' | 'tri';
export type DemoLevel = 'beginner' | 'intermediate' | 'advanced' | 'elite';
export type DemoRaceFocus =
  | 'marathon'
  | 'track'
  | 'trail'
  | '10k'
  | 'road'
  | 'time trial'
  | 'gran fondo'
  | 'gravel'
  | 'ironman'
  | '70.3'
  | 'olympic'
  | 'sprint';

/** One seat in the demo squad: who the athlete is before the seed fills in names and numbers. */
interface Archetype {
  discipline: DemoDiscipline;
  level: DemoLevel;
  sex: 'female' | 'male';
  masters: boolean;
  focus: DemoRaceFocus;
  weeklyHours: number;
  tags: string[];
}

const seat = (
  discipline: DemoDiscipline,
  level: DemoLevel,
  sex: 'female' | 'male',
  focus: DemoRaceFocus,
  weeklyHours: number,
  tags: string[],
  masters = false,
): Archetype => ({ discipline, level, sex, masters, focus, weeklyHours, tags: masters ? [...tags, 'masters'] : tags });

/** A coaching practice's squad: 9 runners, 8 cyclists, 7 triathletes across every level. */
const SQUAD: readonly Archetype[] = [
  seat('run', 'elite', 'female', 'marathon', 11, ['marathon group', 'elite']),
  seat('run', 'advanced', 'male', 'marathon', 8, ['marathon group']),
  seat('run', 'intermediate', 'female', 'marathon', 6, ['marathon group']),
  seat('run', 'intermediate', 'male', 'marathon', 6, ['marathon group'], true),
  seat('run', 'advanced', 'female', 'track', 7, ['track group']),
  seat('run', 'beginner', 'female', '10k', 3, ['beginner', 'couch to 10k']),
  seat('run', 'beginner', 'male', '10k', 3.5, ['beginner']),
  seat('run', 'advanced', 'male', 'trail', 8, ['trail']),
  seat('run', 'intermediate', 'female', '10k', 5, [], true),
  seat('bike', 'elite', 'male', 'road', 16, ['road team', 'elite']),
  seat('bike', 'advanced', 'female', 'road', 11, ['road team']),
  seat('bike', 'intermediate', 'male', 'gran fondo', 8, ['gran fondo'], true),
  seat('bike', 'intermediate', 'male', 'gran fondo', 7, ['gran fondo']),
  seat('bike', 'beginner', 'female', 'gran fondo', 4, ['beginner']),
  seat('bike', 'advanced', 'male', 'time trial', 10, ['time trial']),
  seat('bike', 'intermediate', 'female', 'road', 7, [], true),
  seat('bike', 'intermediate', 'female', 'gravel', 6, ['gravel']),
  seat('tri', 'elite', 'male', 'ironman', 18, ['long course', 'elite']),
  seat('tri', 'advanced', 'female', 'ironman', 13, ['long course']),
  seat('tri', 'intermediate', 'male', '70.3', 10, ['middle distance']),
  seat('tri', 'intermediate', 'female', 'olympic', 8, ['short course']),
  seat('tri', 'beginner', 'male', 'sprint', 5, ['beginner']),
  seat('tri', 'intermediate', 'female', 'ironman', 10, ['long course'], true),
  seat('tri', 'advanced', 'male', 'olympic', 11, ['short course']),
];

// Invented surnames, so no demo athlete is mistaken for a real person; first names are common ones.
const SURNAMES = [
  'Ashvale',
  'Brennock',
  'Corriveau',
  'Dunmere',
  'Eskerby',
  'Farrowdale',
  'Galloran',
  'Hollinsby',
  'Istrand',
  'Jorvane',
  'Kettlewick',
  'Lanmore',
  'Marrowby',
  'Northcaste',
  'Orlenko',
  'Pellsworth',
  'Quarrington',
  'Rushcombe',
  'Stavrelli',
  'Thornquist',
  'Ulverdane',
  'Varnholt',
  'Wexmoor',
  'Yardley-Finch',
  'Zellarby',
  'Ambrecht',
  'Blackfen',
  'Caldermoor',
];
const FEMALE_NAMES = [
  'Anna',
  'Clara',
  'Elena',
  'Freya',
  'Hana',
  'Ines',
  'Julia',
  'Kira',
  'Lena',
  'Maya',
  'Nora',
  'Olivia',
  'Priya',
  'Rosa',
  'Sofia',
  'Tess',
];
const MALE_NAMES = [
  'Adam',
  'Bruno',
  'Daniel',
  'Elias',
  'Felix',
  'Hugo',
  'Ivan',
  'Jonas',
  'Karim',
  'Leo',
  'Marco',
  'Niko',
  'Oscar',
  'Pavel',
  'Ruben',
  'Theo',
];

export interface DemoAthleteSpec {
  index: number;
  name: string;
  discipline: DemoDiscipline;
  level: DemoLevel;
  sex: 'female' | 'male';
  birthYear: number;
  masters: boolean;
  focus: DemoRaceFocus;
  weeklyHours: number;
  tags: string[];
}

/**
 * Fills the squad with names, ages and volumes from the seed. `todayYear` anchors ages, so a
 * masters athlete stays over 40 whenever the demo is made.
 */
export function planDemoRoster(seed: number, todayYear: number): DemoAthleteSpec[] {
  const random = createRandom(deriveSeed(seed, 'roster'));
  const surnames = shuffled(SURNAMES, random);
  const female = shuffled(FEMALE_NAMES, random);
  const male = shuffled(MALE_NAMES, random);
  return SQUAD.map((a, index) => {
    const first = a.sex === 'female' ? female.pop()! : male.pop()!;
    const age = a.masters ? random.int(42, 58) : a.level === 'elite' ? random.int(23, 33) : random.int(22, 39);
    return {
      index,
      name: `${first} ${surnames[index]!}`,
      discipline: a.discipline,
      level: a.level,
      sex: a.sex,
      birthYear: todayYear - age,
      masters: a.masters,
      focus: a.focus,
      weeklyHours: Math.round(a.weeklyHours * random.between(0.9, 1.1) * 2) / 2,
      tags: [...a.tags],
    };
  });
}

export const DEMO_TAG = 'demo';
