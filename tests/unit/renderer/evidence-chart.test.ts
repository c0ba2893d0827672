import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src-main/common/domain/anomalies/types';
import type { ChartPalette } from '../../../src-renderer/components/EChart';
import { evidenceChartOption } from '../../../src-renderer/features/inbox/EvidenceChart';

const palette: ChartPalette = {
  text: '#222',
  mutedText: '#666',
  grid: '#ddd',
  border: '#ccc',
  surface: '#fff',
  bar: '#36c',
  line: '#c40',
  ctl: '#36c',
  atl: '#c0c',
  tsb: '#0a0',
  load: '#999',
  band: '#cec',
  warnArea: '#fec',
  danger: '#b00',
  ok: '#070',
  compare: '#888',
  categorical: ['#36c', '#c40', '#0a0'],
};

// The HRV finding of the screenshot: readings falling through a narrow band, its mean and the alert line.
const hrv: Evidence = {
  metric: 'HRV (rMSSD)',
  unit: 'ms',
  points: [64, 60, 60, 55, 64, 56, 49, 46, 42, 47, 47].map((value, i) => ({
    date: new Date(Date.UTC(2026, 10, 26 + i)).toISOString().slice(0, 10),
    value,
  })),
  baseline: { mean: 60, low: 58, high: 62 },
  threshold: 53,
  chart: { kind: 'wellness', from: '2026-10-04', to: '2026-12-07' },
};

const WIDTH = 600;
const HEIGHT = 220;

/** Every text the chart draws, with where ECharts placed it, from a server-side SVG rendering. */
function renderedTexts(evidence: Evidence): { text: string; x: number; y: number }[] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  chart.setOption(evidenceChartOption(evidence, palette) as echarts.EChartsOption);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, text]) => {
    const translate = /transform="(?:matrix\([^)]*?([-\d.]+) ([-\d.]+)\)|translate\(([-\d.]+) ([-\d.]+)\))"/.exec(
      attributes!,
    );
    const x = Number(/\bx="([-\d.]+)"/.exec(attributes!)?.[1] ?? 0) + Number(translate?.[1] ?? translate?.[3] ?? 0);
    const y = Number(/\by="([-\d.]+)"/.exec(attributes!)?.[1] ?? 0) + Number(translate?.[2] ?? translate?.[4] ?? 0);
    return { text: text!, x, y };
  });
}

describe('the evidence chart', () => {
  it('names the normal band, its mean and the limit above the plot, where no reading runs', () => {
    const texts = renderedTexts(hrv);
    const option = evidenceChartOption(hrv, palette);
    const plot = {
      left: option.grid.left,
      top: option.grid.top,
      right: WIDTH - option.grid.right,
      bottom: HEIGHT - option.grid.bottom,
    };
    const named = texts.filter((t) => ['Normal band', 'Baseline mean', 'Limit 53 ms'].includes(t.text));
    expect(named.map((t) => t.text).sort()).toEqual(['Baseline mean', 'Limit 53 ms', 'Normal band']);
    const insidePlot = texts.filter((t) => t.x > plot.left && t.x < plot.right && t.y > plot.top && t.y < plot.bottom);
    expect(insidePlot).toEqual([]);
  });
});
