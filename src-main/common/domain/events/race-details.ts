import type { RaceType } from '../planner/types';

/**
 * A race's priority in the athlete's season, in the usual coaching shorthand: A is a goal race the block
 * is built around (full taper), B a race that matters and gets a few easy days either side, C a race run
 * in training that replaces a key session.
 */
export const RACE_PRIORITIES = ['A', 'B', 'C'] as const;
export type RacePriority = (typeof RACE_PRIORITIES)[number];

/**
 * A race logged without a priority: most races an athlete enters are neither the season goal nor a
 * training run, and an A wrongly assumed would have the planner taper for it.
 */
export const DEFAULT_RACE_PRIORITY: RacePriority = 'B';

/** How coaches say it: "A race". */
export function racePriorityLabel(priority: RacePriority): string {
  return `${priority} race`;
}

/** A race's name with its priority when known, for lists and print: "Riverside Half Marathon (B race)". */
export function raceNameWithPriority(name: string, priority: RacePriority | null): string {
  return priority ? `${name} (${racePriorityLabel(priority)})` : name;
}

/**
 * Title patterns in the order they are tried: the longer names come first, so "half marathon" is never
 * read as a marathon and "half ironman" is never read as an Ironman. `\b` keeps "10k" out of "110 km".
 */
const RACE_TYPE_PATTERNS: readonly (readonly [RegExp, RaceType])[] = [
  [/\bhalf[\s-]*ironman\b|\b70\.3\b/, '70.3'],
  [/\bironman\b|\b140\.6\b/, 'ironman'],
  [/\bhalf[\s-]*marathon\b|\bhalf\b|\b21(?:\.1)?\s*km?\b/, 'half-marathon'],
  [/\bmarathon\b/, 'marathon'],
  [/\b10\s*km?\b/, '10k'],
  [/\bgran[\s-]*fondo\b|\bfondo\b|\bsportive\b/, 'gran-fondo'],
];

/** The race type a title names, or null when it names none the planner knows (the coach then picks one). */
export function inferRaceType(title: string): RaceType | null {
  const text = title.toLowerCase();
  for (const [pattern, type] of RACE_TYPE_PATTERNS) if (pattern.test(text)) return type;
  return null;
}

// Something must precede the suffix: a title that is only "(A race)" keeps it, as it would be left empty.
const PRIORITY_SUFFIX = /^(.*\S)\s*\(([abc]) race\)\s*$/i;

/**
 * Splits the "(B race)" that titles carried before events had a priority of their own: the title
 * without it, and the priority it named (null when there was none).
 */
export function splitPrioritySuffix(title: string): { title: string; priority: RacePriority | null } {
  const match = PRIORITY_SUFFIX.exec(title);
  if (!match) return { title, priority: null };
  return { title: match[1]!, priority: match[2]!.toUpperCase() as RacePriority };
}
