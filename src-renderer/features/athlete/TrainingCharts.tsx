import { useCallback } from 'react';
import type { ActivitySummary, WellnessDay } from '../../../src-main/common/contract';
import { axisStyle, EChart, tooltipStyle, type ChartPalette } from '../../components/EChart';
import { formatDate } from '../../format/dates';
import { dailyHrv, dailyLoad } from './daily-series';

/** "12 Mar" on the axis; the tooltip carries the full date. */
function shortDate(iso: string): string {
  return formatDate(iso).replace(/ \d{4}$/, '');
}

function dateAxis(days: string[], palette: ChartPalette) {
  return {
    type: 'category' as const,
    data: days,
    name: 'Date',
    nameLocation: 'middle' as const,
    nameGap: 30,
    ...axisStyle(palette),
    axisLabel: { ...axisStyle(palette).axisLabel, formatter: shortDate },
    splitLine: { show: false },
  };
}

export function LoadChart({ activities, days }: { activities: ActivitySummary[]; days: string[] }) {
  const buildOption = useCallback(
    (palette: ChartPalette) => ({
      grid: { left: 56, right: 16, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        ...tooltipStyle(palette),
        valueFormatter: (value: unknown) => `${String(value)} TSS`,
      },
      xAxis: dateAxis(days, palette),
      yAxis: { type: 'value', name: 'Load (TSS)', nameLocation: 'middle', nameGap: 40, ...axisStyle(palette) },
      series: [
        { type: 'bar', name: 'Daily load', data: dailyLoad(activities, days), itemStyle: { color: palette.bar } },
      ],
    }),
    [activities, days],
  );
  return <EChart label="Daily training load (TSS) over the last 90 days" buildOption={buildOption} />;
}

export function HrvChart({ wellness, days }: { wellness: WellnessDay[]; days: string[] }) {
  const buildOption = useCallback(
    (palette: ChartPalette) => ({
      grid: { left: 56, right: 16, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        ...tooltipStyle(palette),
        valueFormatter: (value: unknown) =>
          value === null || value === undefined ? 'no reading' : `${String(value)} ms`,
      },
      xAxis: dateAxis(days, palette),
      yAxis: {
        type: 'value',
        name: 'HRV rMSSD (ms)',
        nameLocation: 'middle',
        nameGap: 40,
        scale: true,
        ...axisStyle(palette),
      },
      series: [
        {
          type: 'line',
          name: 'HRV',
          data: dailyHrv(wellness, days),
          connectNulls: false,
          // Every reading gets a dot, so a lone reading between gaps is still visible.
          showAllSymbol: true,
          symbol: 'circle',
          symbolSize: 4,
          itemStyle: { color: palette.line },
          lineStyle: { color: palette.line, width: 2 },
        },
      ],
    }),
    [wellness, days],
  );
  return <EChart label="Morning HRV (rMSSD, ms) over the last 90 days" buildOption={buildOption} />;
}
