import type { RosterRow } from '../../../src-main/common/contract';
import type { Sport } from '../../../src-main/common/domain/sports';
import { FORM_ZONES, type FormZoneId } from '../../../src-main/common/domain/load/form-zones';
import { LOAD_WARNING_THRESHOLDS } from '../../../src-main/common/domain/load/load-warnings';
import { SPORT_LABELS } from '../../format/sports';
import { formatNumber } from '../../../src-main/common/format';

/**
 * "Needs attention": deep fatigue, HRV under its band, a steep ramp, an ACWR spike, a critical finding
 * still open in the inbox, or silence.
 */
export const ATTENTION_RULES = {
  /** The lower edge of the optimal-training zone: below it is Friel's high-risk zone. */
  tsbBelow: FORM_ZONES.find((zone) => zone.id === 'optimal')!.lowerBound!,
  rampAbove: LOAD_WARNING_THRESHOLDS.rampPerWeek.warn,
  /** The level at which the roster's ACWR cell is flagged. */
  acwrAbove: LOAD_WARNING_THRESHOLDS.acwr.warn,
  daysWithoutUpload: 7,
} as const;

/** Why an athlete needs attention, in words for a tooltip; empty when nothing stands out. */
export function attentionReasons(row: RosterRow): string[] {
  const reasons: string[] = [];
  if (row.tsb !== null && row.tsb < ATTENTION_RULES.tsbBelow) {
    reasons.push(`TSB ${Math.round(row.tsb)} is below ${ATTENTION_RULES.tsbBelow}`);
  }
  if (row.hrvStatus.position === 'below') reasons.push('HRV 7-day mean is below its baseline band');
  if (row.ramp7d !== null && row.ramp7d > ATTENTION_RULES.rampAbove) {
    reasons.push(`CTL ramp ${formatNumber(row.ramp7d, 1)}/wk is above ${ATTENTION_RULES.rampAbove}`);
  }
  if (row.acwr !== null && row.acwr > ATTENTION_RULES.acwrAbove) {
    reasons.push(`ACWR ${row.acwr.toFixed(2)} is above ${ATTENTION_RULES.acwrAbove}`);
  }
  if (row.anomalies.worst === 'critical') {
    reasons.push(`Critical finding open in the inbox (${row.anomalies.open} open in all)`);
  }
  if (row.daysSinceUpload === null) reasons.push('No activity uploaded yet');
  else if (row.daysSinceUpload >= ATTENTION_RULES.daysWithoutUpload) {
    reasons.push(`No upload for ${row.daysSinceUpload} days`);
  }
  return reasons;
}

export function formZoneMeaning(id: FormZoneId): string {
  return FORM_ZONES.find((zone) => zone.id === id)!.meaning;
}

export type StatusFilter = '' | `zone:${FormZoneId}` | 'hrv-below' | 'racing-soon';

/** "Racing this month": a race within the next 31 days. */
export const RACING_SOON_DAYS = 31;

export const STATUS_FILTER_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: '', label: 'Any status' },
  ...FORM_ZONES.map((zone) => ({ value: `zone:${zone.id}` as StatusFilter, label: `Form: ${zone.label}` })),
  { value: 'hrv-below', label: 'HRV below band' },
  { value: 'racing-soon', label: `Racing within ${RACING_SOON_DAYS} days` },
];

/** The filters a coach sets on the roster; a saved view is one of these with a name. */
export interface RosterFilters {
  search: string;
  tag: string;
  sport: Sport | '';
  status: StatusFilter;
  needsAttention: boolean;
}

export const NO_FILTERS: RosterFilters = { search: '', tag: '', sport: '', status: '', needsAttention: false };

function matchesSearch(row: RosterRow, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [row.name, ...row.sports, ...row.sports.map((s) => SPORT_LABELS[s]), ...row.tags];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

function matchesStatus(row: RosterRow, status: StatusFilter): boolean {
  if (status === '') return true;
  if (status === 'hrv-below') return row.hrvStatus.position === 'below';
  if (status === 'racing-soon') return row.nextRace !== null && row.nextRace.daysAway <= RACING_SOON_DAYS;
  return row.formZone?.id === status.slice('zone:'.length);
}

export function matchesFilters(row: RosterRow, filters: RosterFilters): boolean {
  return (
    matchesSearch(row, filters.search) &&
    (filters.tag === '' || row.tags.includes(filters.tag)) &&
    (filters.sport === '' || row.sports.includes(filters.sport)) &&
    matchesStatus(row, filters.status) &&
    (!filters.needsAttention || attentionReasons(row).length > 0)
  );
}

export function sameFilters(a: RosterFilters, b: RosterFilters): boolean {
  return (
    a.search === b.search &&
    a.tag === b.tag &&
    a.sport === b.sport &&
    a.status === b.status &&
    a.needsAttention === b.needsAttention
  );
}
