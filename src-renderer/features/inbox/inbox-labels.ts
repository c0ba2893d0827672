import type { AnomalyCause, AnomalyState } from '../../../src-main/common/contract';
import type { Severity } from '../../../src-main/common/domain/anomalies/types';

export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

/** Badge tones of the shared `.badge` styles: red for critical, amber for a warning, grey for information. */
export const SEVERITY_TONES: Record<Severity, string> = { critical: 'danger', warning: 'warn', info: '' };

export const CAUSE_LABELS: Record<AnomalyCause, string> = {
  travel: 'Travel',
  illness: 'Illness',
  injury: 'Injury',
  life_stress: 'Life stress',
  race: 'Race',
  training: 'Training load',
  data: 'Data problem',
  other: 'Other',
};

export const STATE_LABELS: Record<AnomalyState, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  snoozed: 'Snoozed',
  resolved: 'Resolved',
};
