import { useCallback } from 'react';
import type { PlannedFuture, PmcDay, PmcSeries } from '../../../src-main/common/contract';
import { formZoneOf } from '../../../src-main/common/domain/load/form-zones';
import { LOAD_WARNING_THRESHOLDS } from '../../../src-main/common/domain/load/load-warnings';
import {
  dateZoomStyle,
  EChart,
  legendStyle,
  tooltipStyle,
  tooltipText,
  type ChartPalette,
} from '../../components/EChart';
import { addDaysIso, formatDate } from '../../format/dates';
import { dateAxis, hoveredIndex, LARGE_THRESHOLD, tooltipLine, valueAxis } from './chart-parts';
import { contextMarkArea, NO_MARKS, type ContextMark } from './context-marks';
import { formatNumber } from '../../../src-main/common/format';

/** Days shown when the chart opens; the slider reaches the whole history. */
const DEFAULT_VISIBLE_DAYS = 120;
/** Context shown around a focused range: the weeks that led into it and a few days after. */
export const FOCUS_DAYS_BEFORE = 28;
const FOCUS_DAYS_AFTER = 7;
/** Empty days after today when the athlete has no plan, so "today" does not sit on the chart's edge. */
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

/**
 * The date indices the chart opens on: the last DEFAULT_VISIBLE_DAYS recorded days and the future
 * after them, or the focused range with FOCUS_DAYS_BEFORE before and FOCUS_DAYS_AFTER after it.
 */
export function openingWindow(
  dates: readonly string[],
  recordedDays: number,
  focus: { from: string; to: string } | null,
): { startIndex: number; endIndex: number } {
  const last = dates.length - 1;
  if (focus && dates.length > 0) {
    const indexOnOrAfter = (date: string) => {
      const index = dates.findIndex((d) => d >= date);
      return index === -1 ? last : index;
    };
    const startIndex = indexOnOrAfter(addDaysIso(focus.from, -FOCUS_DAYS_BEFORE));
    const endIndex = Math.max(startIndex, Math.min(last, indexOnOrAfter(addDaysIso(focus.to, FOCUS_DAYS_AFTER))));
    return { startIndex, endIndex };
  }
  return { startIndex: Math.max(0, recordedDays - DEFAULT_VISIBLE_DAYS), endIndex: last };
}

function plannedTooltip(day: PlannedFuture['days'][number], planName: string, palette: ChartPalette): string {
  return [
    `<strong>${formatDate(day.date)}</strong> <span style="opacity:.7">(planned: ${tooltipText(planName)})</span>`,
    tooltipLine(palette.load, 'Planned load', `${Math.round(day.load)} TSS`),
    tooltipLine(palette.ctl, 'CTL (fitness)', `${formatNumber(day.ctl, 1)} TSS/d`),
    tooltipLine(palette.atl, 'ATL (fatigue)', `${formatNumber(day.atl, 1)} TSS/d`),
    tooltipLine(palette.tsb, 'TSB (form)', `${formatNumber(day.tsb, 1)} TSS/d`),
  ].join('');
}

function tooltipFor(day: PmcDay, palette: ChartPalette): string {
  const zone = formZoneOf(day.tsb);
  return [
    `<strong>${formatDate(day.date)}</strong>`,
    tooltipLine(palette.load, 'Load', `${Math.round(day.load)} TSS`),
    tooltipLine(palette.ctl, 'CTL (fitness)', `${formatNumber(day.ctl, 1)} TSS/d`),
    tooltipLine(palette.atl, 'ATL (fatigue)', `${formatNumber(day.atl, 1)} TSS/d`),
    tooltipLine(palette.tsb, 'TSB (form)', `${formatNumber(day.tsb, 1)} · ${zone.label}`),
    tooltipLine(palette.mutedText, '7-day ramp', `${formatNumber(day.ramp, 1)} CTL/wk`),
    tooltipLine(palette.mutedText, 'ACWR (7 d : 28 d)', formatNumber(day.acwr, 2)),
  ].join('');
}

/**
 * The performance management chart: daily load bars with CTL and ATL on the left axis (TSS/d), TSB on
 * its own right axis (it is a difference and goes negative), shaded spans where the ramp is steep, and
 * a date slider opening on the last 120 days.
 */
export function PmcChart({
  series,
  future,
  marks = NO_MARKS,
  focus = null,
}: {
  series: PmcSeries;
  future?: PlannedFuture | null;
  /** Injuries, coach-tagged causes and an inbox evidence range, shaded and labelled. */
  marks?: readonly ContextMark[];
  /** Open on these dates (with some weeks before) rather than on the last 120 days. */
  focus?: { from: string; to: string } | null;
}) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const days = series.days;
      const today = days.at(-1)?.date;
      const planned = today && future ? future.days.filter((d) => d.date > today) : [];
      const lastDate = planned.at(-1)?.date ?? (today ? addDaysIso(today, FUTURE_ROOM_DAYS) : undefined);
      const room: string[] = [];
      if (today && lastDate) for (let d = addDaysIso(today, 1); d <= lastDate; d = addDaysIso(d, 1)) room.push(d);
      const dates = [...days.map((d) => d.date), ...room];
      const plannedByDate = new Map(planned.map((d) => [d.date, d]));
      const lastActual = days.at(-1);
      // Planned lines start on today's recorded value so the dashed future continues the solid past.
      const plannedSeries = (pick: (d: { ctl: number; atl: number; tsb: number }) => number) => [
        ...days.map((d, i) =>
          i === days.length - 1 && planned.length > 0 && lastActual ? Math.round(pick(lastActual) * 10) / 10 : null,
        ),
        ...room.map((date) => {
          const d = plannedByDate.get(date);
          return d ? Math.round(pick(d) * 10) / 10 : null;
        }),
      ];
      const dashed = (color: string) => ({
        type: 'line' as const,
        showSymbol: false,
        connectNulls: false,
        itemStyle: { color },
        lineStyle: { color, width: 2, type: 'dashed' as const },
      });
      const { startIndex, endIndex } = openingWindow(dates, days.length, focus);
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
            const index = hoveredIndex(params);
            const day = days[index];
            if (day) return tooltipFor(day, palette);
            const plan = plannedByDate.get(dates[index] ?? '');
            return plan ? plannedTooltip(plan, future!.name, palette) : '';
          },
        },
        xAxis: dateAxis(dates, palette),
        yAxis: [
          valueAxis('Load, CTL, ATL (TSS/d)', palette, { position: 'left' }),
          valueAxis('TSB – form (TSS/d)', palette, { position: 'right', splitLine: { show: false } }),
        ],
        dataZoom: [
          { type: 'inside', startValue: startIndex, endValue: endIndex },
          {
            type: 'slider',
            startValue: startIndex,
            endValue: endIndex,
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
            // One SVG path for the bars in view (only a bar's own hover highlight is lost).
            large: true,
            largeThreshold: LARGE_THRESHOLD,
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
          {
            ...line(palette.atl),
            name: 'ATL – fatigue',
            data: days.map((d) => Math.round(d.atl * 10) / 10),
            markArea: contextMarkArea(marks, dates, palette),
          },
          {
            ...line(palette.tsb),
            name: 'TSB – form',
            yAxisIndex: 1,
            data: days.map((d) => Math.round(d.tsb * 10) / 10),
          },
          ...(planned.length === 0
            ? []
            : [
                {
                  type: 'bar' as const,
                  name: 'Planned load (TSS)',
                  data: [
                    ...days.map(() => null),
                    ...room.map((date) => {
                      const d = plannedByDate.get(date);
                      return d ? Math.round(d.load) : null;
                    }),
                  ],
                  itemStyle: { color: palette.load, opacity: 0.4 },
                  barMaxWidth: 8,
                  barGap: '-100%',
                },
                { ...dashed(palette.ctl), name: 'CTL – planned', data: plannedSeries((d) => d.ctl) },
                { ...dashed(palette.atl), name: 'ATL – planned', data: plannedSeries((d) => d.atl) },
                { ...dashed(palette.tsb), name: 'TSB – planned', yAxisIndex: 1, data: plannedSeries((d) => d.tsb) },
              ]),
        ],
      };
    },
    [series, future, marks, focus],
  );
  return (
    <EChart
      size="tall"
      label="Daily training load with fitness (CTL), fatigue (ATL) and form (TSB)"
      buildOption={buildOption}
    />
  );
}
