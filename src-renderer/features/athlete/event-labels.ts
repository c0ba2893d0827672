import type { EventKind } from '../../../src-main/common/contract';

export const KIND_LABELS: Record<EventKind, string> = {
  travel: 'Travel',
  illness: 'Illness',
  injury: 'Injury',
  life_stress: 'Life stress',
  race: 'Race',
  note: 'Note',
};
