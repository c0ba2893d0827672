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
