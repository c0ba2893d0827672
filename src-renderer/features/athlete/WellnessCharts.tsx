import { useCallback, useMemo, useState } from 'react';
import type { WellnessSeries, WellnessSeriesDay } from '../../../src-main/common/contract';
import type { WellnessMarkerId } from '../../../src-main/common/domain/wellness/wellness-markers';
import { EChart, legendStyle, tooltipStyle, type ChartPalette } from '../../components/EChart';
import { formatDate } from '../../format/dates';
import { dateAxis, hoveredIndex, LARGE_THRESHOLD, tooltipLine, valueAxis } from './chart-parts';
import { contextMarkArea, NO_MARKS, type ContextMark } from './context-marks';
import { formatNumber } from '../../../src-main/common/format';

type HrvScale = 'ln' | 'ms';

interface MarkerView {
  id: WellnessMarkerId;
  title: string;
  unit: string;
  digits: number;
  /** The day's own reading, in `unit`. */
  reading: (day: WellnessSeriesDay) => number | null;
  /** Converts the server's marker values (ln ms for HRV) to `unit`. */
  convert: (value: number) => number;
}

function markerViews(hrvScale: HrvScale): MarkerView[] {
  return [
    hrvScale === 'ln'
      ? {
          id: 'hrv',
          title: 'HRV',
          unit: 'ln rMSSD',
          digits: 2,
          reading: (d) => d.markers.hrv.value,
          convert: (v) => v,
        }
      : {
          id: 'hrv',
          title: 'HRV',
          unit: 'rMSSD, ms',
          digits: 0,
          reading: (d) => d.rmssd,
          convert: Math.exp,
        },
    { id: 'restingHr', title: 'Resting HR', unit: 'bpm', digits: 0, reading: (d) => d.restingHr, convert: (v) => v },
    { id: 'sleep', title: 'Sleep', unit: 'h', digits: 1, reading: (d) => d.sleepHours, convert: (v) => v },
  ];
}

/** Diameter of a morning reading's dot. */
const READING_DOT_PX = 4;

const round = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * One marker against its 60-day baseline: the normal band (mean ± 0.5 SD, docs/domain.md#wellness) as a shaded area,
 * the 7-day mean that is compared with it, and each morning's reading as a dot.
 */
function MarkerChart({
  days,
  view,
  marks,
}: {
  days: WellnessSeriesDay[];
  view: MarkerView;
  marks: readonly ContextMark[];
}) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const marker = (d: WellnessSeriesDay) => d.markers[view.id];
      const band = days.map((d) => marker(d).band);
      const low = band.map((b) => (b ? round(view.convert(b.low), view.digits + 1) : null));
      const width = band.map((b) => (b ? round(view.convert(b.high) - view.convert(b.low), view.digits + 1) : null));
      const mean = days.map((d) => {
        const value = marker(d).recentMean;
        return value === null ? null : round(view.convert(value), view.digits + 1);
      });
      const readings = days.map((d) => round(view.reading(d), view.digits + 1));
      const axisName = `${view.title} (${view.unit})`;
      return {
        animation: false,
        grid: { left: 64, right: 20, top: 36, bottom: 44 },
        legend: { top: 0, ...legendStyle(palette), data: ['Reading', '7-day mean', 'Baseline band'] },
        tooltip: {
          trigger: 'axis',
          ...tooltipStyle(palette),
          formatter: (params: unknown) => {
            const index = hoveredIndex(params);
            const day = days[index];
            if (!day) return '';
            const b = band[index];
            const reading = view.reading(day);
            return [
              `<strong>${formatDate(day.date)}</strong>`,
              tooltipLine(
                palette.line,
                'Reading',
                reading === null ? 'none' : `${formatNumber(reading, view.digits)} ${view.unit}`,
              ),
              tooltipLine(
                palette.ctl,
                '7-day mean',
                mean[index] === null ? 'too few readings' : `${formatNumber(mean[index]!, view.digits + 1)}`,
              ),
              tooltipLine(
                palette.ok,
                'Baseline band',
                b
                  ? `${formatNumber(view.convert(b.low), view.digits + 1)}–${formatNumber(view.convert(b.high), view.digits + 1)}`
                  : 'not yet',
              ),
              marker(day).position ? `<div>7-day mean is <strong>${marker(day).position}</strong> the band</div>` : '',
            ].join('');
          },
        },
        xAxis: dateAxis(
          days.map((d) => d.date),
          palette,
        ),
        yAxis: valueAxis(axisName, palette, { scale: true }),
        series: [
          {
            type: 'line',
            name: 'band-floor',
            stack: 'band',
            data: low,
            lineStyle: { opacity: 0 },
            showSymbol: false,
            silent: true,
            tooltip: { show: false },
          },
          {
            type: 'line',
            name: 'Baseline band',
            stack: 'band',
            data: width,
            lineStyle: { opacity: 0 },
            showSymbol: false,
            silent: true,
            itemStyle: { color: palette.ok },
            areaStyle: { color: palette.band },
          },
          {
            type: 'line',
            name: '7-day mean',
            data: mean,
            showSymbol: false,
            itemStyle: { color: palette.ctl },
            lineStyle: { color: palette.ctl, width: 2 },
            markArea: contextMarkArea(
              marks,
              days.map((d) => d.date),
              palette,
            ),
          },
          {
            type: 'line',
            name: 'Reading',
            data: readings,
            symbol: 'circle',
            symbolSize: READING_DOT_PX,
            showSymbol: false,
            itemStyle: { color: palette.line },
            lineStyle: { color: palette.line, width: 1, opacity: 0.35 },
          },
          {
            // The readings' dots as one SVG path (ECharts' large mode) rather than one element per
            // morning: half the drawing time of this chart. Above the lines, as the line's own dots were.
            type: 'scatter',
            name: 'Reading',
            data: readings,
            symbolSize: READING_DOT_PX,
            large: true,
            largeThreshold: LARGE_THRESHOLD,
            z: 3,
            itemStyle: { color: palette.line, opacity: 1 },
          },
        ],
      };
    },
    [days, view, marks],
  );
  return (
    <EChart
      size="short"
      label={`${view.title} (${view.unit}) with its 7-day mean and 60-day baseline band`}
      buildOption={buildOption}
    />
  );
}

/** HRV (ln or ms), resting HR and sleep, each against its own baseline, with injuries and tagged causes shaded. */
export function WellnessCharts({
  series,
  marks = NO_MARKS,
}: {
  series: WellnessSeries;
  marks?: readonly ContextMark[];
}) {
  const [hrvScale, setHrvScale] = useState<HrvScale>('ln');
  // The same view objects on every render, so the page re-rendering around the charts does not redraw them.
  const views = useMemo(() => markerViews(hrvScale), [hrvScale]);
  const hasAny = (view: MarkerView) => series.days.some((d) => view.reading(d) !== null);
  const shown = views.filter(hasAny);
  if (shown.length === 0) {
    return <p className="muted">No wellness readings in this period. They appear once wellness data is imported.</p>;
  }
  return (
    <>
      <div className="segmented small" role="group" aria-label="HRV scale">
        {(['ln', 'ms'] as const).map((scale) => (
          <label key={scale}>
            <input type="radio" name="hrv-scale" checked={hrvScale === scale} onChange={() => setHrvScale(scale)} />
            {scale === 'ln' ? 'ln rMSSD' : 'rMSSD (ms)'}
          </label>
        ))}
      </div>
      {shown.map((view) => (
        <MarkerChart key={`${view.id}-${view.unit}`} days={series.days} view={view} marks={marks} />
      ))}
      <p className="footnote">
        Band = 60-day mean ± 0.5 SD (smallest worthwhile change); the 7-day mean needs at least 3 readings a week.
      </p>
    </>
  );
}
