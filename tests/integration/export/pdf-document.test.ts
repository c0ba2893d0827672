import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPdfDocument } from '../../../src-main/node/pdf/pdf-document';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-pdf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const createdAt = new Date('2027-01-04T08:00:00Z');

async function longReport(): Promise<Uint8Array> {
  const pdf = createPdfDocument({ title: 'Test report', createdAt, footer: 'Ana Ruiz' });
  pdf.title('Test report', 'Ana Ruiz · 3 weeks');
  pdf.keyValues([
    ['Race', 'Valencia ≈ fast'],
    ['Date', '2027-04-18'],
  ]);
  pdf.heading('Sessions');
  pdf.table(
    [
      { header: 'Day', width: 1 },
      { header: 'Session', width: 4 },
      { header: 'Load', width: 1, align: 'right' },
    ],
    Array.from({ length: 120 }, (_, i) => [`Day ${i + 1}`, `Session number ${i + 1}`, String(i)]),
  );
  pdf.pageBreak();
  pdf.paragraph('Last page', { muted: true });
  return pdf.finish();
}

function pdfText(bytes: Uint8Array): string {
  const file = join(dir, 'report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('PDF document layer', () => {
  it('renders identical bytes for identical calls, whatever the clock says', async () => {
    const first = await longReport();
    await new Promise((r) => setTimeout(r, 5));
    const second = await longReport();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('repeats the table header on each page and numbers every page in the footer', async () => {
    const text = pdfText(await longReport());
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    const tablePages = pages.filter((p) => p.includes('Session number'));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toMatch(/Day\s+Session\s+Load/);
    expect(text).toContain('Session number 120');
    expect(text).toContain('Valencia ≈ fast');
    expect(pages.at(-1)).toContain('Last page');
  });

  it('renders to page images with pdftoppm', async () => {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, await longReport());
    execFileSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '2', file, join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'))).toHaveLength(2);
  });
});

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** The words pdftotext finds on the first page above its footer, with their boxes (points from the top left). */
function pdfWords(bytes: Uint8Array): Word[] {
  const file = join(dir, 'words.pdf');
  writeFileSync(file, bytes);
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
    .map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      text: m[4]!.replace(/&lt;/g, '<').replace(/&amp;/g, '&'),
    }))
    .filter((w) => w.yMin < 841.89 - 70);
}

/** The words between two x positions, as printed lines (top to bottom, each left to right). */
function linesBetween(words: Word[], left: number, right: number): Word[][] {
  const lines = new Map<number, Word[]>();
  for (const w of words.filter((w) => w.xMin >= left && w.xMax <= right)) {
    const y = Math.round(w.yMin * 10) / 10;
    lines.set(y, [...(lines.get(y) ?? []), w]);
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line.sort((a, b) => a.xMin - b.xMin));
}

describe('text in several fonts', () => {
  const steps = [
    'Warm-up 10 min @ HR zone 1 (≤ 145 bpm) (ease in)',
    'Work 40 min @ HR zone 2 (146–154 bpm) (stay in zone 2, walk hills if needed)',
    'Cool-down 5 min @ HR zone 1 (≤ 145 bpm)',
  ];
  // A4 is 595.28 pt wide; 50 pt margins; the columns share the rest 1.3 : 5.5 : 2; cells are padded 3 pt.
  const unit = (595.28 - 100) / 8.8;
  const stepsLeft = 50 + 1.3 * unit + 3;
  const coachLeft = 50 + 6.8 * unit + 3;
  const coachRight = 595.28 - 50 - 3;

  async function stepsTable(): Promise<Uint8Array> {
    const pdf = createPdfDocument({ title: 'Steps', createdAt });
    pdf.table(
      [
        { header: 'Day', width: 1.3 },
        { header: 'Steps and targets', width: 5.5 },
        { header: 'Coach', width: 2, align: 'right' },
      ],
      [
        ['Fri 8 Jan', steps.join('\n'), 'Coach 山田 さくら with Łukasz Wójcik'],
        ['Sat 9 Jan', 'Work 25 min @ RPE 2 (nose-breathing easy)', 'Coach 张伟'],
      ],
    );
    return pdf.finish();
  }

  it('starts every line of a multi-line cell at the cell\'s left, after a line with a fallback-font "≤" too', async () => {
    const bytes = await stepsTable();
    expect(pdfText(bytes)).toContain('Work 40 min @ HR zone 2 (146–154 bpm)');
    expect(pdfText(bytes)).toContain('Cool-down 5 min @ HR zone 1 (≤ 145 bpm)');
    const lines = linesBetween(pdfWords(bytes), stepsLeft - 1, coachLeft - 3).slice(1); // below the header
    expect(lines.map((l) => l[0]!.text)).toEqual(['Warm-up', 'Work', expect.any(String), 'Cool-down', 'Work']);
    for (const line of lines) expect(line[0]!.xMin).toBeCloseTo(stepsLeft, 1);
    // The step after the "≤" line reads in order on one line: "Work 40 min @ HR zone 2 (146–154 bpm) ...".
    expect(lines[1]!.map((w) => w.text).join(' ')).toMatch(/^Work 40 min @ HR zone 2 \(146–154 bpm\)/);
    // Lines follow one line height apart, and the next row starts one line height plus the padding below
    // the last one: the row is as tall as what was drawn in it.
    const pitch = lines[1]![0]!.yMin - lines[0]![0]!.yMin;
    expect(pitch).toBeGreaterThan(9);
    for (let i = 1; i < 4; i++) expect(lines[i]![0]!.yMin - lines[i - 1]![0]!.yMin).toBeCloseTo(pitch, 2);
    expect(lines[4]![0]!.yMin - lines[3]![0]!.yMin).toBeCloseTo(pitch + 6, 2);
  });

  it('right-aligns each wrapped line of a mixed-font cell, and a mixed-font cell on one line', async () => {
    const lines = linesBetween(pdfWords(await stepsTable()), coachLeft - 1, coachRight + 1).slice(1);
    expect(lines.map((l) => l.map((w) => w.text).join(' ')).join(' ')).toBe(
      'Coach 山田 さくら with Łukasz Wójcik Coach 张伟',
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line.at(-1)!.xMax).toBeCloseTo(coachRight, 0);
  });
});
