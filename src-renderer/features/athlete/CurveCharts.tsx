import { useCallback } from 'react';
import type { PeriodCurves } from '../../../src-main/common/contract';
import { CRITICAL_POWER_WINDOW, predictedPower } from '../../../src-main/common/domain/performance/critical-power';
import { useUnits } from '../../app/app-context';
import { axisStyle, EChart, legendStyle, tooltipStyle, tooltipText, type ChartPalette } from '../../components/EChart';
import { formatDate } from '../../format/dates';
import { paceFromSpeed, paceUnit } from '../../format/units';
import { valueAxis } from './chart-parts';
import { formatDuration, formatNumber, formatPace } from '../../../src-main/common/format';

/** Durations coaches read a curve at; the axis is log-scaled so 5 s and 1 h both get room. */
const LABELLED_DURATIONS = [5, 15, 60, 300, 1200, 3600, 7200, 14400];
/** The CP model is drawn a little beyond its fitting window (3–20 min), never down into sprint durations. */
const CP_CURVE_RANGE = { from: 120, to: 3600 };

function durationAxis(palette: ChartPalette, longest: number) {
  const style = axisStyle(palette);
  const max = Math.log10(Math.max(longest, 3600));
  const ticks = LABELLED_DURATIONS.filter((d) => Math.log10(d) <= max + 1e-9).map(Math.log10);
  return {
    type: 'value' as const,
    name: 'Duration (log scale)',
    nameLocation: 'middle' as const,
    nameGap: 28,
    min: Math.log10(1),
    max,
    ...style,
    axisLabel: { ...style.axisLabel, customValues: ticks, formatter: (v: number) => formatDuration(10 ** v, 'second') },
    axisTick: { ...style.axisTick, customValues: ticks },
    splitLine: { lineStyle: { color: palette.grid } },
  };
}

const periodName = (p: PeriodCurves) => `${formatDate(p.from)} – ${formatDate(p.to)}`;

interface CurveProps {
  period: PeriodCurves;
  comparison: PeriodCurves | null;
}

function curveTooltip(palette: ChartPalette, format: (value: number) => string) {
  return {
    trigger: 'axis',
    ...tooltipStyle(palette),
    formatter: (params: unknown) => {
      const list = (Array.isArray(params) ? params : [params]) as {
        seriesName: string;
        value: [number, number];
        color: string;
      }[];
      if (list.length === 0) return '';
      const head = `<strong>${formatDuration(10 ** list[0]!.value[0], 'second')}</strong>`;
      return [
        head,
        ...list.map(
          (p) => `<div>${tooltipText(p.seriesName)}: <strong>${tooltipText(format(p.value[1]))}</strong></div>`,
        ),
      ].join('');
    },
  };
}

export function PowerCurveChart({ period, comparison }: CurveProps) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const longest = Math.max(
        ...period.power.map((p) => p.durationSeconds),
        ...(comparison?.power ?? []).map((p) => p.durationSeconds),
      );
      const points = (curve: PeriodCurves) =>
        curve.power.map((p) => [Math.log10(p.durationSeconds), Math.round(p.value)]);
      const fit = period.criticalPower;
      const fitPoints: number[][] = [];
      if (fit) {
        for (let s = CP_CURVE_RANGE.from; s <= CP_CURVE_RANGE.to; s *= 1.15) {
          fitPoints.push([Math.log10(s), Math.round(predictedPower(fit, s))]);
        }
      }
      return {
        animation: false,
        grid: { left: 64, right: 20, top: 40, bottom: 48 },
        legend: { top: 0, ...legendStyle(palette) },
        tooltip: curveTooltip(palette, (w) => `${w} W`),
        xAxis: durationAxis(palette, longest),
        yAxis: valueAxis('Best mean power (W)', palette, { scale: true }),
        series: [
          ...periodCurveSeries(palette, period, comparison && comparison.power.length > 0 ? comparison : null, points),
          ...(fit
            ? [
                {
                  type: 'line',
                  name: `CP model (${Math.round(fit.cp)} W, W′ ${formatNumber(fit.wPrime / 1000, 1)} kJ)`,
                  data: fitPoints,
                  showSymbol: false,
                  itemStyle: { color: palette.atl },
                  lineStyle: { color: palette.atl, width: 1.5, type: 'dotted' },
                  tooltip: { show: false },
                },
              ]
            : []),
        ],
      };
    },
    [period, comparison],
  );
  return (
    <EChart label="Power duration curve (W) against duration, with the critical-power fit" buildOption={buildOption} />
  );
}

/** The period's curve, solid, and the comparison period's beside it, dashed. */
function periodCurveSeries(
  palette: ChartPalette,
  period: PeriodCurves,
  comparison: PeriodCurves | null,
  points: (curve: PeriodCurves) => number[][],
) {
  const line = (curve: PeriodCurves, color: string, dashed: boolean) => ({
    type: 'line' as const,
    name: periodName(curve),
    data: points(curve),
    symbolSize: dashed ? 4 : 5,
    itemStyle: { color },
    lineStyle: { color, width: 2, ...(dashed && { type: 'dashed' as const }) },
  });
  return [line(period, palette.ctl, false), ...(comparison ? [line(comparison, palette.compare, true)] : [])];
}

export function PaceCurveChart({ period, comparison }: CurveProps) {
  const units = useUnits();
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const longest = Math.max(
        ...period.pace.map((p) => p.durationSeconds),
        ...(comparison?.pace ?? []).map((p) => p.durationSeconds),
      );
      const points = (curve: PeriodCurves) =>
        curve.pace.map((p) => [Math.log10(p.durationSeconds), Math.round(paceFromSpeed(p.value, units))]);
      const style = axisStyle(palette);
      return {
        animation: false,
        grid: { left: 64, right: 20, top: 40, bottom: 48 },
        legend: { top: 0, ...legendStyle(palette) },
        tooltip: curveTooltip(palette, (s) => `${formatPace(s)} ${paceUnit(units)}`),
        xAxis: durationAxis(palette, longest),
        // Faster (smaller) paces are better, so the axis runs upside down: better is up, as on the power curve.
        yAxis: valueAxis(`Best pace (${paceUnit(units)})`, palette, {
          scale: true,
          inverse: true,
          axisLabel: { ...style.axisLabel, formatter: (s: number) => formatPace(s) },
        }),
        series: [
          ...periodCurveSeries(palette, period, comparison && comparison.pace.length > 0 ? comparison : null, points),
        ],
      };
    },
    [period, comparison, units],
  );
  return <EChart label={`Pace duration curve (${paceUnit(units)}) against duration`} buildOption={buildOption} />;
}

export const CP_WINDOW_TEXT = `${formatDuration(CRITICAL_POWER_WINDOW.minSeconds, 'second')}–${formatDuration(CRITICAL_POWER_WINDOW.maxSeconds, 'second')}`;
