import type { EventKind } from '../../../src-main/common/domain/events/event-kinds';

export const KIND_LABELS: Record<EventKind, string> = {
  travel: 'Travel',
  illness: 'Illness',
  injury: 'Injury',
  life_stress: 'Life stress',
  race: 'Race',
  note: 'Note',
};
