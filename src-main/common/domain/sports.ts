import { z } from 'zod';

export const SPORTS = ['run', 'bike', 'swim', 'tri', 'row', 'ski', 'walk', 'strength', 'other'] as const;
export const sportSchema = z.enum(SPORTS);
export type Sport = z.infer<typeof sportSchema>;

/** How every screen and exported file names a sport. */
export const SPORT_LABELS: Record<Sport, string> = {
  run: 'Run',
  bike: 'Bike',
  swim: 'Swim',
  tri: 'Triathlon',
  row: 'Row',
  ski: 'Ski',
  walk: 'Walk',
  strength: 'Strength',
  other: 'Other',
};
