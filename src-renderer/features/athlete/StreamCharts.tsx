import { useCallback } from 'react';
import type { ActivityDetail, DetailChannel } from '../../../src-main/common/contract';
import type { Sport } from '../../../src-main/common/domain/sports';
import { useUnits } from '../../app/app-context';
import { axisStyle, EChart, tooltipStyle, tooltipText, type ChartPalette } from '../../components/EChart';
import {
  elevationToDisplay,
  elevationUnit,
  paceFromSpeed,
  paceUnit,
  speedToDisplay,
  speedUnit,
  type UnitSystem,
} from '../../format/units';
import { valueAxis } from './chart-parts';
import { formatClock, formatNumber, formatPace } from '../../../src-main/common/format';

interface ChannelView {
  channel: DetailChannel;
  title: string;
  unit: string;
  color: (palette: ChartPalette) => string;
  toDisplay: (value: number) => number;
  format: (value: number) => string;
  /** Pace: smaller is faster, so the axis runs upside down. */
  inverse?: boolean;
}

/** Runs read as pace, everything else as speed — what each sport's coaches talk in. */
function channelViews(sport: Sport, units: UnitSystem): ChannelView[] {
  const speedView: ChannelView =
    sport === 'run' || sport === 'walk'
      ? {
          channel: 'speed',
          title: 'Pace',
          unit: paceUnit(units),
          color: (p) => p.ctl,
          // Standing still has no pace: below 0.5 m/s becomes a gap rather than a 33-minute "pace".
          toDisplay: (v) => (v > 0.5 ? paceFromSpeed(v, units) : NaN),
          format: formatPace,
          inverse: true,
        }
      : {
          channel: 'speed',
          title: 'Speed',
          unit: speedUnit(units),
          color: (p) => p.ctl,
          toDisplay: (v) => speedToDisplay(v, units),
          format: (v) => formatNumber(v, 1),
        };
  return [
    {
      channel: 'hr',
      title: 'Heart rate',
      unit: 'bpm',
      color: (p) => p.danger,
      toDisplay: (v) => v,
      format: (v) => formatNumber(v),
    },
    {
      channel: 'power',
      title: 'Power',
      unit: 'W',
      color: (p) => p.atl,
      toDisplay: (v) => v,
      format: (v) => formatNumber(v),
    },
    speedView,
    {
      channel: 'altitude',
      title: 'Altitude',
      unit: elevationUnit(units),
      color: (p) => p.mutedText,
      toDisplay: (v) => elevationToDisplay(v, units),
      format: (v) => formatNumber(v),
    },
  ];
}

/** Round tick steps for an elapsed-time axis (1 min … 1 h), so labels read 0:10:00, 0:20:00 rather than 0:33:20. */
const TIME_STEPS = [60, 120, 300, 600, 900, 1200, 1800, 3600];

function timeStep(totalSeconds: number): number {
  return TIME_STEPS.find((step) => totalSeconds / step <= 8) ?? 7200;
}

function StreamChart({ streams, view }: { streams: NonNullable<ActivityDetail['streams']>; view: ChannelView }) {
  const buildOption = useCallback(
    (palette: ChartPalette) => {
      const values = streams.channels[view.channel]!;
      const data = streams.seconds.map((s, i) => {
        const value = values[i];
        const shown = value === null || value === undefined ? NaN : view.toDisplay(value);
        return [s, Number.isFinite(shown) ? Math.round(shown * 10) / 10 : null];
      });
      const style = axisStyle(palette);
      const color = view.color(palette);
      return {
        animation: false,
        grid: { left: 64, right: 20, top: 12, bottom: 40 },
        tooltip: {
          trigger: 'axis',
          ...tooltipStyle(palette),
          formatter: (params: unknown) => {
            const [point] = params as { value: [number, number | null] }[];
            if (!point) return '';
            const [seconds, value] = point.value;
            return `${formatClock(seconds)}<br/>${tooltipText(view.title)}: <strong>${value === null ? '—' : tooltipText(`${view.format(value)} ${view.unit}`)}</strong>`;
          },
        },
        xAxis: {
          type: 'value',
          name: 'Elapsed time (h:mm:ss)',
          nameLocation: 'middle',
          nameGap: 26,
          min: 0,
          max: streams.seconds.at(-1),
          interval: timeStep(streams.seconds.at(-1) ?? 0),
          ...style,
          axisLabel: { ...style.axisLabel, formatter: (s: number) => formatClock(s) },
          splitLine: { show: false },
        },
        yAxis: valueAxis(`${view.title} (${view.unit})`, palette, {
          scale: true,
          inverse: view.inverse ?? false,
          axisLabel: { ...style.axisLabel, formatter: view.format },
        }),
        series: [
          {
            type: 'line',
            name: view.title,
            data,
            showSymbol: false,
            connectNulls: false,
            sampling: 'lttb',
            itemStyle: { color },
            lineStyle: { color, width: 1.25 },
            ...(view.channel === 'altitude' && { areaStyle: { color, opacity: 0.15 } }),
          },
        ],
      };
    },
    [streams, view],
  );
  return <EChart size="short" label={`${view.title} (${view.unit}) over elapsed time`} buildOption={buildOption} />;
}

/** One chart per recorded channel, sharing the elapsed-time axis. */
export function StreamCharts({ detail }: { detail: ActivityDetail }) {
  const units = useUnits();
  const streams = detail.streams;
  if (!streams) {
    return <p className="muted">This activity was stored without second-by-second streams (a summary only).</p>;
  }
  const views = channelViews(detail.activity.sport, units).filter((v) => streams.channels[v.channel]);
  return (
    <div className="stream-charts">
      {views.map((view) => (
        <StreamChart key={view.channel} streams={streams} view={view} />
      ))}
    </div>
  );
}
