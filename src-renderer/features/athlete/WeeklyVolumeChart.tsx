import { useCallback, useState } from 'react';
import type { WeeklySummary } from '../../../src-main/common/contract';
import { SPORTS } from '../../../src-main/common/domain/sports';
import { EChart, legendStyle, tooltipStyle, type ChartPalette } from '../../components/EChart';
import { formatDate } from '../../format/dates';
import { SPORT_LABELS } from '../../format/sports';
import { dateAxis, hoveredIndex, tooltipLine, valueAxis } from './chart-parts';
import { formatNumber } from '../../../src-main/common/format';

type WeeklyMeasure = 'hours' | 'load';

const MEASURES: Record<WeeklyMeasure, { label: string; unit: string; digits: number }> = {
  hours: { label: 'Hours', unit: 'h', digits: 1 },
  load: { label: 'Load', unit: 'TSS', digits: 0 },
};

/** Training weeks (Monday to Sunday) stacked by sport, in hours or load. */
export function WeeklyVolumeChart({ summary }: { summary: WeeklySummary }) {
  const [measure, setMeasure] = useState<WeeklyMeasure>('hours');
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const { unit, digits, label } = MEASURES[measure];
      const weeks = summary.weeks;
      const sports = SPORTS.filter((sport) => weeks.some((w) => w.bySport.some((s) => s.sport === sport)));
      const valueOf = (totals: { seconds: number; load: number }) =>
        measure === 'hours' ? totals.seconds / 3600 : totals.load;
      const round = (value: number) => Math.round(value * 10 ** digits) / 10 ** digits;
      // Colours by position among the sports shown, so no two stacked sports share one.
      const colorOf = (sport: (typeof SPORTS)[number]) =>
        palette.categorical[sports.indexOf(sport) % palette.categorical.length]!;
      return {
        animation: false,
        grid: { left: 64, right: 20, top: 40, bottom: 48 },
        legend: { top: 0, ...legendStyle(palette) },
        tooltip: {
          trigger: 'axis',
          ...tooltipStyle(palette),
          formatter: (params: unknown) => {
            const week = weeks[hoveredIndex(params)];
            if (!week) return '';
            return [
              `<strong>Week of ${formatDate(week.weekStart)}</strong>`,
              ...week.bySport.map((s) =>
                tooltipLine(
                  colorOf(s.sport),
                  SPORT_LABELS[s.sport],
                  `${formatNumber(round(valueOf(s)), digits)} ${unit}`,
                ),
              ),
              tooltipLine(palette.text, 'Total', `${formatNumber(round(valueOf(week.total)), digits)} ${unit}`),
            ].join('');
          },
        },
        xAxis: dateAxis(
          weeks.map((w) => w.weekStart),
          palette,
          'Week starting',
        ),
        yAxis: valueAxis(`${label} per week (${unit})`, palette),
        series: sports.map((sport) => ({
          type: 'bar',
          name: SPORT_LABELS[sport],
          stack: 'volume',
          barMaxWidth: 28,
          itemStyle: { color: colorOf(sport) },
          data: weeks.map((w) => {
            const totals = w.bySport.find((s) => s.sport === sport);
            return totals ? round(valueOf(totals)) : 0;
          }),
        })),
      };
    },
    [summary, measure],
  );
  return (
    <>
      <div className="segmented small" role="group" aria-label="Weekly measure">
        {(['hours', 'load'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="weekly-measure" checked={measure === value} onChange={() => setMeasure(value)} />
            {MEASURES[value].label} ({MEASURES[value].unit})
          </label>
        ))}
      </div>
      <EChart label={`Weekly ${MEASURES[measure].label.toLowerCase()} by sport`} buildOption={buildOption} />
    </>
  );
}
