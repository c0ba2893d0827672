import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useAppContext } from '../app/app-context';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

/** Concrete colours of the current theme, read from the CSS variables so charts match the page. */
export interface ChartPalette {
  text: string;
  mutedText: string;
  grid: string;
  border: string;
  surface: string;
  bar: string;
  line: string;
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
  };
}

/**
 * An ECharts chart whose option is rebuilt from the palette whenever the theme changes.
 * `buildOption` should be memoised by the caller; it is re-run when it changes.
 */
export function EChart({
  label,
  buildOption,
}: {
  label: string;
  buildOption: (palette: ChartPalette) => echarts.EChartsCoreOption;
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

  return <div className="chart" ref={containerRef} role="img" aria-label={label} />;
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
