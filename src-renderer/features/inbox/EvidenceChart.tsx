import { useCallback } from 'react';
import type { Evidence } from '../../../src-main/common/domain/anomalies/types';
import { EChart, tooltipStyle, type ChartPalette } from '../../components/EChart';
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
 * The days behind a finding against what they were compared with: the athlete's normal band as a
 * shaded area with its mean, or the rule's limit as a red line.
 */
export function EvidenceChart({ evidence }: { evidence: Evidence }) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const { baseline, threshold, points, unit } = evidence;
      const referenceLines = [
        ...(baseline
          ? [{ yAxis: baseline.mean, name: 'Baseline mean', lineStyle: { color: palette.ok, type: 'dashed' }, label: { position: 'insideEndTop' } }]
          : []),
        ...(threshold !== null && threshold !== undefined
          ? [
              {
                yAxis: threshold,
                name: `Limit ${formatValue(threshold, unit)}`,
                lineStyle: { color: palette.danger, type: 'solid', width: 2 },
                label: { position: 'insideEndBottom', color: palette.danger },
              },
            ]
          : []),
      ];
      return {
        animation: false,
        grid: { left: 64, right: 24, top: 20, bottom: 44 },
        tooltip: {
          trigger: 'axis',
          ...tooltipStyle(palette),
          formatter: (params: unknown) => {
            const point = points[hoveredIndex(params)];
            if (!point) return '';
            return [
              `<strong>${formatDate(point.date)}</strong>`,
              tooltipLine(palette.line, evidence.metric, formatValue(point.value, unit)),
              baseline ? tooltipLine(palette.ok, 'Normal band', `${formatValue(baseline.low, unit)} – ${formatValue(baseline.high, unit)}`) : '',
            ].join('');
          },
        },
        xAxis: dateAxis(
          points.map((p) => p.date),
          palette,
        ),
        yAxis: valueAxis(axisName(evidence), palette, { scale: true }),
        series: [
          {
            type: 'line',
            name: evidence.metric,
            data: points.map((p) => p.value),
            connectNulls: false,
            symbol: 'circle',
            symbolSize: 7,
            itemStyle: { color: palette.line },
            lineStyle: { color: palette.line, width: 2 },
            markArea: baseline && {
              silent: true,
              itemStyle: { color: palette.band },
              label: { color: palette.ok, fontSize: 11, position: 'insideTopLeft' },
              data: [[{ yAxis: baseline.low, name: 'Normal band' }, { yAxis: baseline.high }]],
            },
            markLine: referenceLines.length > 0 && {
              silent: true,
              symbol: 'none',
              label: { formatter: '{b}', color: palette.mutedText, fontSize: 11, position: 'end' },
              data: referenceLines,
            },
          },
        ],
      };
    },
    [evidence],
  );
  return (
    <EChart
      size="short"
      label={`${axisName(evidence)} on the days behind this finding${evidence.baseline ? ', with the normal band' : ''}${evidence.threshold != null ? ', with the limit' : ''}`}
      buildOption={buildOption}
    />
  );
}
