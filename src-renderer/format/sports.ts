import type { Sport } from '../../src-main/common/contract';

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

export function formatSports(sports: Sport[]): string {
  return sports.map((s) => SPORT_LABELS[s]).join(', ');
}
