import { BarChart, LineChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useAppContext } from '../app/app-context';
import './charts.css';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  // SVG rather than canvas: axis names and labels stay in the DOM (screen readers, tests), and the
  // chart sizes here (a few thousand points at most) render as fast as on canvas.
  SVGRenderer,
]);

/** Concrete colours of the current theme, read from the CSS variables so charts match the page. */
export interface ChartPalette {
  text: string;
  mutedText: string;
  grid: string;
  border: string;
  surface: string;
  bar: string;
  line: string;
  ctl: string;
  atl: string;
  tsb: string;
  load: string;
  band: string;
  warnArea: string;
  danger: string;
  ok: string;
  compare: string;
  /** Distinct colours for categories such as sports, in a fixed order. */
  categorical: string[];
}

function readPalette(): ChartPalette {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: read('--text'),
    mutedText: read('--text-muted'),
    grid: read('--chart-grid'),
    border: read('--border'),
    surface: read('--surface'),
    bar: read('--chart-bar'),
    line: read('--chart-line'),
    ctl: read('--chart-ctl'),
    atl: read('--chart-atl'),
    tsb: read('--chart-tsb'),
    load: read('--chart-load'),
    band: read('--chart-band'),
    warnArea: read('--chart-warn'),
    danger: read('--danger'),
    ok: read('--ok'),
    compare: read('--chart-compare'),
    categorical: [1, 2, 3, 4, 5, 6].map((n) => read(`--chart-sport-${n}`)),
  };
}

/**
 * An ECharts chart whose option is rebuilt from the palette whenever the theme changes.
 * `buildOption` should be memoised by the caller; it is re-run when it changes.
 */
export function EChart({
  label,
  buildOption,
  size,
}: {
  label: string;
  buildOption: (palette: ChartPalette) => echarts.EChartsCoreOption;
  size?: 'tall' | 'short';
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts>(undefined);
  const { theme } = useAppContext();

  useEffect(() => {
    const chart = echarts.init(containerRef.current!, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(containerRef.current!);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = undefined;
    };
  }, []);

  // Re-run on `theme` too: it changes the CSS variables readPalette sees (set in a layout effect, so already applied).
  useEffect(() => {
    chartRef.current?.setOption(buildOption(readPalette()), true);
  }, [buildOption, theme]);

  return (
    <div className={size ? `chart ${size}` : 'chart'} ref={containerRef} role="img" aria-label={label} />
  );
}

/** Axis styling shared by every chart: readable labels and quiet grid lines in both themes. */
export function axisStyle(palette: ChartPalette) {
  return {
    nameTextStyle: { color: palette.mutedText, fontSize: 12 },
    axisLabel: { color: palette.mutedText, fontSize: 12 },
    axisLine: { lineStyle: { color: palette.border } },
    axisTick: { lineStyle: { color: palette.border } },
    splitLine: { lineStyle: { color: palette.grid } },
  };
}

export function tooltipStyle(palette: ChartPalette) {
  return {
    backgroundColor: palette.surface,
    borderColor: palette.border,
    textStyle: { color: palette.text },
  };
}

export function legendStyle(palette: ChartPalette) {
  return {
    textStyle: { color: palette.text, fontSize: 12 },
    inactiveColor: palette.grid,
  };
}

/** The slider under a date axis, in the page's colours. */
export function dateZoomStyle(palette: ChartPalette) {
  return {
    borderColor: palette.border,
    textStyle: { color: palette.mutedText },
    fillerColor: 'rgba(128, 128, 128, 0.15)',
    dataBackground: { lineStyle: { color: palette.mutedText }, areaStyle: { color: palette.grid } },
    handleStyle: { color: palette.surface, borderColor: palette.mutedText },
    moveHandleStyle: { color: palette.mutedText },
  };
}
