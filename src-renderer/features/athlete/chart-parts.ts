import { formatDayMonth } from '../../../src-main/common/format';
import { axisStyle, tooltipText, type ChartPalette } from '../../components/EChart';

/**
 * Series with more points than this are drawn as one SVG path (ECharts' large mode) rather than one
 * element per point: daily bars and dots draw in about half the time and look the same.
 */
export const LARGE_THRESHOLD = 60;

/** A category axis of dates with short labels; `name` says what the ticks are. */
export function dateAxis(dates: string[], palette: ChartPalette, name = 'Date') {
  const style = axisStyle(palette);
  return {
    type: 'category' as const,
    data: dates,
    name,
    nameLocation: 'middle' as const,
    nameGap: 28,
    ...style,
    axisLabel: { ...style.axisLabel, formatter: (iso: string) => formatDayMonth(iso) },
    splitLine: { show: false },
  };
}

/** A value axis whose name (with unit) runs along it. */
export function valueAxis(name: string, palette: ChartPalette, extra: Record<string, unknown> = {}) {
  return {
    type: 'value' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap: 44,
    ...axisStyle(palette),
    ...extra,
  };
}

/** One tooltip line with the series' colour dot, as ECharts draws its own. */
export function tooltipLine(color: string, label: string, value: string): string {
  return `<div style="display:flex;justify-content:space-between;gap:1.25rem"><span><span style="display:inline-block;width:8px;height:8px;border-radius:50%;background:${tooltipText(color)};margin-right:6px"></span>${tooltipText(label)}</span><strong>${tooltipText(value)}</strong></div>`;
}

/** The ECharts tooltip's first axis parameter: which category (day, week) the pointer is on. */
export function hoveredIndex(params: unknown): number {
  const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
  return first?.dataIndex ?? -1;
}
