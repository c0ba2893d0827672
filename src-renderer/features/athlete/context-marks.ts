import { useMemo } from 'react';
import { useCall } from '../../api/use-call';
import { hashQuery } from '../../app/routes';
import type { ChartPalette } from '../../components/EChart';
import { CAUSE_LABELS } from '../inbox/inbox-labels';

/**
 * A stretch of days the coach explained (a logged injury, or the cause tagged when resolving an
 * anomaly), or the evidence range of the inbox finding the coach came from.
 */
export interface ContextMark {
  kind: 'injury' | 'cause' | 'evidence';
  from: string;
  /** Inclusive; an injury still open runs to the chart's last day. */
  to: string | null;
  label: string;
}

export const NO_MARKS: readonly ContextMark[] = [];

/**
 * The athlete's injuries and coach-tagged anomaly causes, for shading on the PMC and wellness charts.
 * The same empty list while there are none, so the charts are not drawn twice for nothing.
 */
export function useContextMarks(athleteId: number): readonly ContextMark[] {
  const injuries = useCall('injuries.list', { athleteId });
  const resolved = useCall('anomalies.list', { athleteId, state: 'resolved' });
  return useMemo(() => {
    const marks: ContextMark[] = (injuries.data ?? []).map((injury) => ({
      kind: 'injury',
      from: injury.startedOn,
      to: injury.resolvedOn,
      label: `Injury: ${injury.bodyPart}${injury.side ? ` (${injury.side})` : ''}`,
    }));
    const seen = new Set<string>();
    for (const anomaly of resolved.data ?? []) {
      if (!anomaly.cause) continue;
      const label = CAUSE_LABELS[anomaly.cause];
      const key = `${label}|${anomaly.episodeStart}|${anomaly.date}`;
      // Several rules often fire on one episode (HRV, resting HR, sleep during a cold): one shading.
      if (seen.has(key)) continue;
      seen.add(key);
      marks.push({ kind: 'cause', from: anomaly.episodeStart, to: anomaly.date, label });
    }
    return marks.length === 0 ? NO_MARKS : marks;
  }, [injuries.data, resolved.data]);
}

const MARK_COLOUR: Record<ContextMark['kind'], (palette: ChartPalette) => string> = {
  injury: (palette) => palette.danger,
  cause: (palette) => palette.mutedText,
  evidence: (palette) => palette.ctl,
};

/**
 * The evidence range an inbox link opened the page with (#/athletes/3?section=pmc-title&from=…&to=…),
 * or null. The PMC opens zoomed on it and the charts shade it.
 */
export function evidenceRangeOf(hash: string): { from: string; to: string } | null {
  const query = hashQuery(hash);
  const from = query.get('from');
  const to = query.get('to');
  const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return isDate(from) && isDate(to) && from <= to ? { from, to } : null;
}

/**
 * The marks as an ECharts markArea over a category axis of `dates`: each clipped to the dates shown
 * (a category axis only knows its own dates) and labelled.
 */
export function contextMarkArea(marks: readonly ContextMark[], dates: readonly string[], palette: ChartPalette) {
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return undefined;
  const data = marks
    .filter((mark) => mark.from <= last && (mark.to ?? last) >= first)
    .map((mark) => [
      {
        xAxis: mark.from < first ? first : mark.from,
        name: mark.label,
        itemStyle: { color: MARK_COLOUR[mark.kind](palette), opacity: 0.12 },
        label: { color: mark.kind === 'cause' ? palette.text : MARK_COLOUR[mark.kind](palette) },
      },
      { xAxis: !mark.to || mark.to > last ? last : mark.to },
    ]);
  if (data.length === 0) return undefined;
  // Labels at the top, left-aligned: a span of a day or two is narrower than its label, which then runs on to the right.
  return { silent: true, label: { fontSize: 11, position: 'insideTopLeft' as const }, data };
}
