import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
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
import { useCallback, useEffect, useRef } from 'react';
import { useAppContext } from '../app/app-context';
import './charts.css';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
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

function isInViewport(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom >= 0 && top <= window.innerHeight;
}

/**
 * Work for content outside the viewport (drawing a chart, rendering a long table), done one task per
 * idle period (so input is never blocked for longer than one takes) and only once the screen in view
 * has filled in: while a loading placeholder or a chart not yet drawn is in the viewport, something
 * the coach is looking at is on its way, and work nobody sees yet would hold it up. After
 * OFFSCREEN_MAX_WAIT_MS the work is done anyway. Returns a function that takes the task off the queue.
 */
export function deferOffscreenWork(task: () => void): () => void {
  offscreenQueue.set(task, performance.now());
  pumpOffscreenQueue();
  return () => offscreenQueue.delete(task);
}

const offscreenQueue = new Map<() => void, number>();
let offscreenPumpScheduled = false;
const OFFSCREEN_MAX_WAIT_MS = 3000;
const LOADING_RECHECK_MS = 50;

function pumpOffscreenQueue(): void {
  if (offscreenPumpScheduled || offscreenQueue.size === 0) return;
  offscreenPumpScheduled = true;
  whenIdle(() => {
    offscreenPumpScheduled = false;
    // Charts unmounted or scrolled into view since have left the queue.
    const first = offscreenQueue.entries().next();
    if (first.done) return;
    const [next, queuedAt] = first.value;
    if (isViewFillingIn() && performance.now() - queuedAt < OFFSCREEN_MAX_WAIT_MS) {
      window.setTimeout(pumpOffscreenQueue, LOADING_RECHECK_MS);
      return;
    }
    offscreenQueue.delete(next);
    next();
    pumpOffscreenQueue();
  });
}

/** A loading placeholder (components/Loading) or a chart not drawn yet (still empty) in the viewport. */
function isViewFillingIn(): boolean {
  const loaders = document.querySelectorAll('.loading');
  const emptyCharts = [...document.querySelectorAll(`.${CHART_CLASS}`)].filter((chart) => !chart.hasChildNodes());
  return [...loaders, ...emptyCharts].some(isInViewport);
}

const CHART_CLASS = 'chart';

function whenIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(callback, { timeout: OFFSCREEN_MAX_WAIT_MS });
  else window.setTimeout(callback, LOADING_RECHECK_MS);
}

interface WantedOption {
  buildOption: (palette: ChartPalette) => echarts.EChartsCoreOption;
  theme: string;
}

/**
 * An ECharts chart whose option is rebuilt from the palette whenever the theme changes.
 * `buildOption` should be memoised by the caller; it is re-run when it changes.
 *
 * Drawing a chart is one long synchronous task, so a page of charts draws those in the viewport
 * first: a chart further down is drawn when the browser has nothing else to do (deferOffscreenWork),
 * or as soon as a scroll shows it. Each option is drawn once: the size observer's first report (the
 * size the chart was just drawn at) does not draw it again.
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
  const wantedRef = useRef<WantedOption>(undefined);
  const drawnRef = useRef<WantedOption>(undefined);
  const { theme } = useAppContext();

  const drawWanted = useCallback(() => {
    const chart = chartRef.current;
    const wanted = wantedRef.current;
    if (!chart || !wanted || drawnRef.current === wanted) return;
    drawnRef.current = wanted;
    chart.setOption(wanted.buildOption(readPalette()), true);
  }, []);

  // Declared before the chart's creation so that, on mount, the option is known when the chart is made.
  // Re-run on `theme` too: it changes the CSS variables readPalette sees (set in a layout effect, so already applied).
  useEffect(() => {
    wantedRef.current = { buildOption, theme };
    drawWanted();
  }, [buildOption, theme, drawWanted]);

  useEffect(() => {
    const container = containerRef.current!;
    let drawnSize = { width: -1, height: -1 };
    const resizeObserver = new ResizeObserver(() => {
      const chart = chartRef.current;
      const next = { width: container.clientWidth, height: container.clientHeight };
      if (!chart || (next.width === drawnSize.width && next.height === drawnSize.height)) return;
      drawnSize = next;
      chart.resize();
    });
    let cancelIdleDraw: (() => void) | undefined;
    let intersectionObserver: IntersectionObserver | undefined;
    const create = () => {
      if (chartRef.current) return;
      cancelIdleDraw?.();
      intersectionObserver?.disconnect();
      drawnSize = { width: container.clientWidth, height: container.clientHeight };
      chartRef.current = echarts.init(container, undefined, { renderer: 'svg' });
      drawWanted();
    };

    resizeObserver.observe(container);
    if (isInViewport(container)) {
      create();
    } else {
      intersectionObserver = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && create());
      intersectionObserver.observe(container);
      cancelIdleDraw = deferOffscreenWork(create);
    }
    return () => {
      cancelIdleDraw?.();
      intersectionObserver?.disconnect();
      resizeObserver.disconnect();
      chartRef.current?.dispose();
      chartRef.current = undefined;
      drawnRef.current = undefined;
    };
  }, [drawWanted]);

  return (
    <div className={size ? `${CHART_CLASS} ${size}` : CHART_CLASS} ref={containerRef} role="img" aria-label={label} />
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

/**
 * Text for a tooltip: ECharts puts a tooltip formatter's string into the page as HTML, so a race name
 * like "<img src=x onerror=…>" would become an element. Every text a formatter interpolates goes through
 * here. (Axis, legend and mark labels are SVG text nodes: they need no escaping, and must not get it.)
 */
export function tooltipText(text: string): string {
  return echarts.format.encodeHTML(text);
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
