import { SPORT_LABELS, type Sport } from '../../src-main/common/domain/sports';

export { SPORT_LABELS };

export function formatSports(sports: Sport[]): string {
  return sports.map((s) => SPORT_LABELS[s]).join(', ');
}
