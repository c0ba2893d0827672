import { useCallback } from 'react';
import type { Evidence } from '../../../src-main/common/domain/anomalies/types';
import { EChart, legendStyle, tooltipStyle, type ChartPalette } from '../../components/EChart';
import { formatMeasure } from '../../../src-main/common/format';
import { formatDate } from '../../format/dates';
import { dateAxis, hoveredIndex, tooltipLine, valueAxis } from '../athlete/chart-parts';

/** Values as the finding's sentence writes them, through the same formatter (whole ms, bpm and TSS; two decimals for small ratios). */
function formatValue(value: number | null, unit: string): string {
  return value === null ? 'no reading' : formatMeasure(value, unit);
}

/** "HRV (rMSSD) (ms)"; a ratio such as monotony has no unit and gets no empty brackets. */
function axisName(evidence: Evidence): string {
  return evidence.unit ? `${evidence.metric} (${evidence.unit})` : evidence.metric;
}

/**
 * The chart's option: the days behind a finding against what they were compared with, the athlete's
 * normal band as a shaded area with its mean, or the rule's limit as a dashed red line beside the
 * readings' solid one. The band, mean and limit are series named in the legend above the plot rather
 * than labels inside it: a label in the plot sat on the band and its mean line, which is where the
 * readings run.
 */
export function evidenceChartOption(evidence: Evidence, palette: ChartPalette) {
  const { baseline, threshold, points, unit } = evidence;
  const level = (value: number) => points.map(() => value);
  const limitName = threshold !== null && threshold !== undefined ? `Limit ${formatValue(threshold, unit)}` : null;
  // No symbol: the legend then shows each reference as its line (the band as its shade, below).
  const reference = { symbol: 'none', silent: true, tooltip: { show: false } };
  const bandSeries = baseline
    ? [
        {
          type: 'line',
          name: 'band-floor',
          stack: 'band',
          data: level(baseline.low),
          lineStyle: { opacity: 0 },
          ...reference,
        },
        {
          type: 'line',
          name: 'Normal band',
          stack: 'band',
          data: level(baseline.high - baseline.low),
          lineStyle: { opacity: 0 },
          itemStyle: { color: palette.ok },
          areaStyle: { color: palette.band },
          ...reference,
        },
        {
          type: 'line',
          name: 'Baseline mean',
          data: level(baseline.mean),
          itemStyle: { color: palette.ok },
          lineStyle: { color: palette.ok, type: 'dashed', width: 1 },
          ...reference,
        },
      ]
    : [];
  const limitSeries =
    limitName !== null
      ? [
          {
            type: 'line',
            name: limitName,
            data: level(threshold!),
            itemStyle: { color: palette.danger },
            lineStyle: { color: palette.danger, width: 2, type: 'dashed' },
            ...reference,
          },
        ]
      : [];
  return {
    animation: false,
    grid: { left: 64, right: 24, top: 36, bottom: 44 },
    legend: {
      top: 0,
      ...legendStyle(palette),
      data: [
        evidence.metric,
        ...(baseline
          ? [{ name: 'Normal band', icon: 'rect', itemStyle: { color: palette.band } }, 'Baseline mean']
          : []),
        ...(limitName !== null ? [limitName] : []),
      ],
    },
    tooltip: {
      trigger: 'axis',
      ...tooltipStyle(palette),
      formatter: (params: unknown) => {
        const point = points[hoveredIndex(params)];
        if (!point) return '';
        return [
          `<strong>${formatDate(point.date)}</strong>`,
          tooltipLine(palette.line, evidence.metric, formatValue(point.value, unit)),
          baseline
            ? tooltipLine(
                palette.ok,
                'Normal band',
                `${formatValue(baseline.low, unit)} – ${formatValue(baseline.high, unit)}`,
              )
            : '',
        ].join('');
      },
    },
    xAxis: dateAxis(
      points.map((p) => p.date),
      palette,
    ),
    yAxis: valueAxis(axisName(evidence), palette, { scale: true }),
    // The readings last, so they are drawn over the band and the reference lines.
    series: [
      ...bandSeries,
      ...limitSeries,
      {
        type: 'line',
        name: evidence.metric,
        data: points.map((p) => p.value),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 7,
        itemStyle: { color: palette.line },
        lineStyle: { color: palette.line, width: 2 },
      },
    ],
  };
}

export function EvidenceChart({ evidence }: { evidence: Evidence }) {
  const buildOption = useCallback((palette: ChartPalette) => evidenceChartOption(evidence, palette), [evidence]);
  return (
    <EChart
      size="short"
      label={`${axisName(evidence)} on the days behind this finding${evidence.baseline ? ', with the normal band' : ''}${evidence.threshold != null ? ', with the limit' : ''}`}
      buildOption={buildOption}
    />
  );
}
