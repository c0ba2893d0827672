import { CustomChart } from 'echarts/charts';
import type { CustomSeriesRenderItemAPI } from 'echarts';
import * as echarts from 'echarts/core';
import { useCallback } from 'react';
import type { ProfileSegment } from '../../../src-main/common/contract';
import { axisStyle, EChart, tooltipStyle, tooltipText, type ChartPalette } from '../../components/EChart';
import { formatClock } from '../../../src-main/common/format';

// Variable-width bars (one per step, as long as the step) need a custom series; the shared EChart
// registers only what the analytics charts use, so the builder adds it here.
echarts.use([CustomChart]);

/**
 * Intensity colours of the familiar workout-builder scale (grey recovery → red anaerobic), on the
 * chart's axis: % of threshold as IF × 100. Breaks follow Coggan's power levels (55, 75, 90, 105, 120).
 */
const INTENSITY_LEVELS = [
  { upTo: 55, label: 'Recovery', range: '< 55 %' },
  { upTo: 75, label: 'Endurance', range: '55–75 %' },
  { upTo: 90, label: 'Tempo', range: '75–90 %' },
  { upTo: 105, label: 'Threshold', range: '90–105 %' },
  { upTo: 120, label: 'VO2max', range: '105–120 %' },
  { upTo: Infinity, label: 'Anaerobic', range: '> 120 %' },
] as const;

function levelIndex(percent: number): number {
  return INTENSITY_LEVELS.findIndex((level) => percent < level.upTo);
}

function intensityColors(): string[] {
  const style = getComputedStyle(document.documentElement);
  return INTENSITY_LEVELS.map((_, i) => style.getPropertyValue(`--intensity-${i + 1}`).trim());
}

interface SegmentDatum {
  value: [number, number, number, number];
  segment: ProfileSegment;
}

/** Round minute steps for the time axis, so ticks read 0, 10, 20 … rather than 0, 13, 26. */
const MINUTE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120];

function minuteStep(totalMinutes: number): number {
  return MINUTE_STEPS.find((step) => totalMinutes / step <= 10) ?? 240;
}

/** Rounds the axis top up to the next 20 % above the hardest step, never below 120 % so threshold sits mid-chart. */
function axisTop(profile: ProfileSegment[]): number {
  const highest = Math.max(0, ...profile.map((s) => s.intensityPercent.high));
  return Math.max(120, Math.ceil((highest + 5) / 20) * 20);
}

function range(segment: ProfileSegment): string {
  const { low, high } = segment.intensityPercent;
  return low === high ? `${Math.round(low)} %` : `${Math.round(low)}–${Math.round(high)} %`;
}

/**
 * The workout's shape: one bar per step, as wide as its duration and as high as its target, solid up
 * to the target's low end and lighter up to its high end, coloured by intensity.
 */
export function WorkoutProfileChart({ profile, label }: { profile: ProfileSegment[]; label: string }) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const colors = intensityColors();
      const totalMinutes = Math.max(1, (profile.at(-1)?.endSecond ?? 0) / 60);
      const step = minuteStep(totalMinutes);
      const data: SegmentDatum[] = profile.map((segment) => ({
        value: [
          segment.startSecond / 60,
          segment.endSecond / 60,
          segment.intensityPercent.low,
          segment.intensityPercent.high,
        ],
        segment,
      }));
      const style = axisStyle(palette);
      return {
        animation: false,
        grid: { left: 64, right: 24, top: 24, bottom: 52 },
        tooltip: {
          trigger: 'item',
          ...tooltipStyle(palette),
          formatter: (params: { data?: SegmentDatum }) => {
            const segment = params.data?.segment;
            if (!segment) return '';
            return [
              `<strong>${tooltipText(segment.label)}</strong>`,
              tooltipText(
                `${formatClock(segment.startSecond)}–${formatClock(segment.endSecond)} · ${range(segment)} of threshold`,
              ),
            ].join('<br>');
          },
        },
        xAxis: {
          type: 'value',
          name: 'Time (min)',
          nameLocation: 'middle',
          nameGap: 30,
          min: 0,
          // The axis ends where the workout ends; its end gets a label only on a round tick, so "60" and "62" never collide.
          max: totalMinutes,
          interval: step,
          ...style,
          axisLabel: { ...style.axisLabel, showMaxLabel: totalMinutes % step === 0 },
          splitLine: { show: false },
        },
        yAxis: {
          type: 'value',
          name: 'Intensity (% of threshold)',
          nameLocation: 'middle',
          nameGap: 44,
          min: 0,
          max: axisTop(profile),
          interval: 20,
          ...style,
        },
        series: [
          {
            type: 'custom',
            name: 'Steps',
            data,
            encode: { x: [0, 1], y: [2, 3] },
            renderItem: (_params: unknown, api: CustomSeriesRenderItemAPI) => {
              const start = api.value(0) as number;
              const end = api.value(1) as number;
              const low = api.value(2) as number;
              const high = api.value(3) as number;
              const color = colors[levelIndex((low + high) / 2)] ?? palette.bar;
              const [x0, y0] = api.coord([start, 0]) as [number, number];
              const [x1, yLow] = api.coord([end, low]) as [number, number];
              const [, yHigh] = api.coord([end, high]) as [number, number];
              // A one-pixel gap keeps neighbouring steps of the same colour apart.
              const width = Math.max(1, x1 - x0 - 1);
              return {
                type: 'group',
                children: [
                  { type: 'rect', shape: { x: x0, y: yLow, width, height: y0 - yLow }, style: { fill: color } },
                  {
                    type: 'rect',
                    shape: { x: x0, y: yHigh, width, height: yLow - yHigh },
                    style: { fill: color, opacity: 0.45 },
                  },
                ],
              };
            },
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: palette.text, type: 'dashed', width: 1 },
              label: { formatter: 'Threshold (100 %)', position: 'insideStartTop', color: palette.text, fontSize: 12 },
              data: [{ yAxis: 100 }],
            },
          },
        ],
      };
    },
    [profile],
  );
  return (
    <figure className="workout-profile">
      <EChart label={label} buildOption={buildOption} />
      <figcaption className="intensity-legend" aria-label="Intensity colours">
        {INTENSITY_LEVELS.map((level, i) => (
          <span key={level.label}>
            <span className={`swatch intensity-${i + 1}`} aria-hidden="true" />
            {level.label} <span className="muted">{level.range}</span>
          </span>
        ))}
        <span className="muted">
          Lighter part of a bar: the target's range. Heart-rate and RPE targets are drawn at their equivalent intensity.
        </span>
      </figcaption>
    </figure>
  );
}
