import { useCallback } from 'react';
import type { PmcDay, PmcSeries } from '../../../src-main/common/contract';
import { formZoneOf } from '../../../src-main/common/domain/load/form-zones';
import { LOAD_WARNING_THRESHOLDS } from '../../../src-main/common/domain/load/load-warnings';
import { dateZoomStyle, EChart, legendStyle, tooltipStyle, type ChartPalette } from '../../components/EChart';
import { addDaysIso, formatDate } from '../../format/dates';
import { formatNumber } from '../../format/units';
import { dateAxis, hoveredIndex, tooltipLine, valueAxis } from './chart-parts';

/** Days shown when the chart opens; the slider reaches the whole history. */
const DEFAULT_VISIBLE_DAYS = 120;
/**
 * Empty days after today, kept so the axis already has room for the planned-load projection a later
 * feature draws there; nothing is plotted in them now.
 */
export const FUTURE_ROOM_DAYS = 14;

const RAMP_WARN = LOAD_WARNING_THRESHOLDS.rampPerWeek.warn;

/** Runs of consecutive days whose 7-day ramp exceeds the warning threshold, as [first, last] dates. */
export function steepRampSpans(days: PmcDay[]): [string, string][] {
  const spans: [string, string][] = [];
  let start: string | undefined;
  days.forEach((day, index) => {
    const steep = day.ramp !== null && day.ramp > RAMP_WARN;
    if (steep && start === undefined) start = day.date;
    const next = days[index + 1];
    const continues = next !== undefined && next.ramp !== null && next.ramp > RAMP_WARN;
    if (steep && !continues) {
      spans.push([start!, day.date]);
      start = undefined;
    }
  });
  return spans;
}

function tooltipFor(day: PmcDay, palette: ChartPalette): string {
  const zone = formZoneOf(day.tsb);
  return [
    `<strong>${formatDate(day.date)}</strong>`,
    tooltipLine(palette.load, 'Load', `${Math.round(day.load)} TSS`),
    tooltipLine(palette.ctl, 'CTL (fitness)', `${day.ctl.toFixed(1)} TSS/d`),
    tooltipLine(palette.atl, 'ATL (fatigue)', `${day.atl.toFixed(1)} TSS/d`),
    tooltipLine(palette.tsb, 'TSB (form)', `${day.tsb.toFixed(1)} · ${zone.label}`),
    tooltipLine(palette.mutedText, '7-day ramp', `${formatNumber(day.ramp, 1)} CTL/wk`),
    tooltipLine(palette.mutedText, 'ACWR (7 d : 28 d)', formatNumber(day.acwr, 2)),
  ].join('');
}

/**
 * The performance management chart: daily load bars with CTL and ATL on the left axis (TSS/d), TSB on
 * its own right axis (it is a difference and goes negative), shaded spans where the ramp is steep, and
 * a date slider opening on the last 120 days.
 */
export function PmcChart({ series }: { series: PmcSeries }) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const days = series.days;
      const today = days.at(-1)?.date;
      const room = today ? Array.from({ length: FUTURE_ROOM_DAYS }, (_, i) => addDaysIso(today, i + 1)) : [];
      const dates = [...days.map((d) => d.date), ...room];
      const startIndex = Math.max(0, days.length - DEFAULT_VISIBLE_DAYS);
      const line = (color: string) => ({
        type: 'line' as const,
        showSymbol: false,
        itemStyle: { color },
        lineStyle: { color, width: 2 },
      });
      return {
        animation: false,
        grid: { left: 64, right: 64, top: 44, bottom: 92 },
        legend: { top: 0, ...legendStyle(palette) },
        tooltip: {
          trigger: 'axis',
          ...tooltipStyle(palette),
          formatter: (params: unknown) => {
            const day = days[hoveredIndex(params)];
            return day ? tooltipFor(day, palette) : '';
          },
        },
        xAxis: dateAxis(dates, palette),
        yAxis: [
          valueAxis('Load, CTL, ATL (TSS/d)', palette, { position: 'left' }),
          valueAxis('TSB – form (TSS/d)', palette, { position: 'right', splitLine: { show: false } }),
        ],
        dataZoom: [
          { type: 'inside', startValue: startIndex, endValue: dates.length - 1 },
          {
            type: 'slider',
            startValue: startIndex,
            endValue: dates.length - 1,
            bottom: 12,
            height: 24,
            labelFormatter: (index: number) => (dates[index] ? formatDate(dates[index]) : ''),
            ...dateZoomStyle(palette),
          },
        ],
        series: [
          {
            type: 'bar',
            name: 'Daily load (TSS)',
            data: days.map((d) => Math.round(d.load)),
            itemStyle: { color: palette.load },
            barMaxWidth: 8,
          },
          {
            ...line(palette.ctl),
            name: 'CTL – fitness',
            data: days.map((d) => Math.round(d.ctl * 10) / 10),
            markArea: {
              silent: true,
              itemStyle: { color: palette.warnArea },
              label: { color: palette.danger, fontSize: 11, position: 'insideTop' },
              data: steepRampSpans(days).map(([from, to]) => [
                { xAxis: from, name: `Ramp > ${RAMP_WARN}/wk` },
                { xAxis: to },
              ]),
            },
            markLine: today && {
              silent: true,
              symbol: 'none',
              lineStyle: { color: palette.mutedText, type: 'dashed' },
              label: { formatter: 'Today', color: palette.mutedText, position: 'end' },
              data: [{ xAxis: today }],
            },
          },
          { ...line(palette.atl), name: 'ATL – fatigue', data: days.map((d) => Math.round(d.atl * 10) / 10) },
          {
            ...line(palette.tsb),
            name: 'TSB – form',
            yAxisIndex: 1,
            data: days.map((d) => Math.round(d.tsb * 10) / 10),
          },
        ],
      };
    },
    [series],
  );
  return (
    <EChart
      size="tall"
      label="Daily training load with fitness (CTL), fatigue (ATL) and form (TSB)"
      buildOption={buildOption}
    />
  );
}
