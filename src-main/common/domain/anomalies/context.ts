import { addDays } from '../dates';
import { formatDateRange } from '../../format';
import type { ContextKind, ContextPeriod } from './types';

/**
 * Context periods that explain an episode. A signal often starts a little before the logged event (HRV
 * drops the night before the fever) and lingers after it (the days after an illness), so periods that
 * end up to four days before the episode or start up to two days after its end count too.
 */
const LINGER_DAYS = 4;
const LEAD_DAYS = 2;
/** Open-ended events of these kinds last until today; others (a race, a note) are single days. */
const ONGOING_KINDS: ReadonlySet<ContextKind> = new Set(['travel', 'illness', 'injury', 'life_stress']);

const KIND_LABEL: Record<ContextKind, string> = {
  travel: 'travel',
  illness: 'illness',
  injury: 'injury',
  life_stress: 'life stress',
  race: 'race',
  note: 'note',
  training: 'training',
  data: 'data problem',
  other: 'cause',
};

function periodEnd(period: ContextPeriod, today: string): string {
  return period.to ?? (ONGOING_KINDS.has(period.kind) ? today : period.from);
}

export function contextFor(
  periods: readonly ContextPeriod[],
  episode: { start: string; end: string },
  today: string,
): ContextPeriod[] {
  const from = addDays(episode.start, -LINGER_DAYS);
  const to = addDays(episode.end, LEAD_DAYS);
  return periods.filter((p) => p.from <= to && periodEnd(p, today) >= from);
}

/** " — during logged travel: Flight to Tokyo, 3–6 Mar", appended to a finding's reason. */
export function contextPhrase(
  periods: readonly ContextPeriod[],
  episode: { start: string; end: string },
  today: string,
): string {
  if (periods.length === 0) return '';
  const parts = periods.map((p) => {
    const end = periodEnd(p, today);
    const relation = end < episode.start ? 'after' : p.from > episode.end ? 'just before' : 'during';
    const how = p.source === 'tagged-cause' ? 'tagged' : 'logged';
    const open =
      p.to === null && ONGOING_KINDS.has(p.kind)
        ? `since ${formatDateRange(p.from, p.from)}`
        : formatDateRange(p.from, end);
    return `${relation} ${how} ${KIND_LABEL[p.kind]}: ${p.title}, ${open}`;
  });
  return ` — ${parts.join('; ')}`;
}
