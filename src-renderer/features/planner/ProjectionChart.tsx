import { useCallback } from 'react';
import type { PlanView } from '../../../src-main/common/contract/plans';
import { dateZoomStyle, EChart, legendStyle, tooltipStyle, type ChartPalette } from '../../components/EChart';
import { formatDate } from '../../format/dates';
import { dateAxis, hoveredIndex, tooltipLine, valueAxis } from '../athlete/chart-parts';
import { formatNumber } from '../../../src-main/common/format';

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The plan's fitness: recorded days solid, planned days dashed, through race day, with the race-day form
 * window the taper aims for. The same CTL/ATL/TSB model (and the athlete's convention) as their PMC.
 */
export function ProjectionChart({ plan }: { plan: PlanView }) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const days = plan.projection;
      const dates = days.map((d) => d.date);
      // The first planned day repeats the last recorded value so the dashed line joins the solid one.
      const firstPlanned = days.findIndex((d) => d.date >= plan.today);
      const split = firstPlanned === -1 ? days.length : firstPlanned;
      const recorded = (pick: (d: (typeof days)[number]) => number) =>
        days.map((d, i) => (i < split ? round1(pick(d)) : null));
      const planned = (pick: (d: (typeof days)[number]) => number) =>
        days.map((d, i) => (i >= Math.max(split - 1, 0) ? round1(pick(d)) : null));
      const line = (color: string, dashed: boolean) => ({
        type: 'line' as const,
        showSymbol: false,
        connectNulls: false,
        itemStyle: { color },
        lineStyle: { color, width: 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
      });
      const window = plan.settings.tsbWindow;
      const raceWeekStart = plan.weeks.at(-1)?.startDate ?? plan.raceDate;
      return {
        animation: false,
        grid: { left: 64, right: 64, top: 48, bottom: 84 },
        legend: { top: 0, ...legendStyle(palette) },
        tooltip: {
          trigger: 'axis',
          ...tooltipStyle(palette),
          formatter: (params: unknown) => {
            const i = hoveredIndex(params);
            const day = days[i];
            if (!day) return '';
            const kind = i < split ? 'recorded' : 'planned';
            return [
              `<strong>${formatDate(day.date)}</strong> <span style="opacity:.7">(${kind})</span>`,
              tooltipLine(palette.load, 'Load', `${Math.round(day.load)} TSS`),
              tooltipLine(palette.ctl, 'CTL (fitness)', `${formatNumber(day.ctl, 1)} TSS/d`),
              tooltipLine(palette.atl, 'ATL (fatigue)', `${formatNumber(day.atl, 1)} TSS/d`),
              tooltipLine(palette.tsb, 'TSB (form)', `${formatNumber(day.tsb, 1)} TSS/d`),
            ].join('');
          },
        },
        xAxis: dateAxis(dates, palette),
        yAxis: [
          valueAxis('Load, CTL, ATL (TSS/d)', palette, { position: 'left' }),
          valueAxis('TSB – form (TSS/d)', palette, { position: 'right', splitLine: { show: false } }),
        ],
        dataZoom: [
          { type: 'inside' },
          {
            type: 'slider',
            bottom: 10,
            height: 22,
            labelFormatter: (index: number) => (dates[index] ? formatDate(dates[index]) : ''),
            ...dateZoomStyle(palette),
          },
        ],
        series: [
          {
            type: 'bar',
            name: 'Daily load (TSS)',
            data: days.map((d, i) => ({
              value: Math.round(d.load),
              itemStyle: { color: palette.load, opacity: i < split ? 1 : 0.45 },
            })),
            barMaxWidth: 8,
          },
          {
            ...line(palette.ctl, false),
            name: 'CTL – fitness',
            data: recorded((d) => d.ctl),
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: palette.mutedText, type: 'dotted' },
              label: { color: palette.text, position: 'end', formatter: '{b}' },
              data: [
                ...(split > 0 && split < days.length ? [{ xAxis: plan.today, name: 'Today' }] : []),
                { xAxis: plan.raceDate, name: 'Race' },
              ],
            },
          },
          { ...line(palette.ctl, true), name: 'CTL – fitness (planned)', data: planned((d) => d.ctl) },
          { ...line(palette.atl, false), name: 'ATL – fatigue', data: recorded((d) => d.atl) },
          { ...line(palette.atl, true), name: 'ATL – fatigue (planned)', data: planned((d) => d.atl) },
          { ...line(palette.tsb, false), name: 'TSB – form', yAxisIndex: 1, data: recorded((d) => d.tsb) },
          {
            ...line(palette.tsb, true),
            name: 'TSB – form (planned)',
            yAxisIndex: 1,
            data: planned((d) => d.tsb),
            markArea: {
              silent: true,
              itemStyle: { color: palette.band },
              label: { color: palette.text, fontSize: 11, position: 'left' },
              data: [
                [
                  {
                    xAxis: raceWeekStart,
                    yAxis: window.min,
                    name: `Race-day TSB target ${window.min} to ${window.max}`,
                  },
                  { xAxis: plan.raceDate, yAxis: window.max },
                ],
              ],
            },
          },
        ],
      };
    },
    [plan],
  );
  return (
    <EChart
      size="tall"
      label={`Projected fitness (CTL), fatigue (ATL) and form (TSB) to race day, ${plan.raceDate}`}
      buildOption={buildOption}
    />
  );
}
