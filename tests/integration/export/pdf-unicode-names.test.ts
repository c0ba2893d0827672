import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallBrief } from '../../../src-main/common/contract';
import { briefPdf } from '../../../src-main/node/anomalies/brief-pdf';
import { buildPlanPdf } from '../../../src-main/node/export/plan-pdf';
import { createPdfDocument } from '../../../src-main/node/pdf/pdf-document';
import { fontsDirectory } from '../../../src-main/node/pdf/pdf-fonts';
import { FIXED_STAMP, fixedPlan } from '../../unit/domain/export/export-fixture';

/**
 * Every athlete's and coach's name prints as written (issue 13, item 12): the standard fonts' WinAnsi set
 * turned "Łukasz Wójcik" into "?ukasz Wójcik" and Japanese names into "?? ??". Checked through pdftotext,
 * which reads the text back through the embedded fonts' Unicode maps.
 */
const NAMES: Record<string, string> = {
  'Latin Extended (Polish)': 'Łukasz Wójcik',
  'Latin Extended (Czech)': 'Antonín Dvořák',
  'Latin Extended (Vietnamese)': 'Nguyễn Thị Hương',
  Greek: 'Γιώργος Παπαδόπουλος',
  Cyrillic: 'Анна Кузнецова',
  Japanese: '山田 さくら',
  'Chinese (simplified)': '张伟',
  'Chinese (traditional)': '陳美玲',
  Korean: '김민준',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coach-pdf-names-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Uint8Array, args: string[] = []): string {
  const file = join(dir, 'names.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

function pdfInfoTitle(bytes: Uint8Array): string {
  const file = join(dir, 'info.pdf');
  writeFileSync(file, bytes);
  return /^Title:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]!;
}

function brief(name: string): CallBrief {
  return {
    athlete: { id: 1, name },
    today: '2027-01-10',
    since: '2026-12-27',
    lastCall: '2026-12-27',
    cadenceDays: 14,
    nextCallDue: '2027-01-10',
    keyNumbers: [{ label: 'CTL', unit: 'TSS/d', now: 52.3, atLastCall: 48.1, direction: 'up-good' }],
    anomalies: [],
    injuries: [],
    notes: [{ ref: 'note-1', date: '2027-01-08', source: 'coach', text: `${name} felt strong on the long run` }],
    planChanges: [],
    compliance: null,
    upcoming: [{ date: '2027-01-12', name: `Tempo with ${name}`, sport: 'run', plannedSeconds: 3600, plannedLoad: 70 }],
    races: [],
    agenda: `- Ask ${name} about sleep`,
    agendaSaved: true,
  };
}

const range = { from: '2027-01-04', to: '2027-01-17' };

describe('PDFs print every name as written', () => {
  describe.each(Object.entries(NAMES))('%s: %s', (_script, name) => {
    it('in the plan PDF: subtitle, athlete, coach notes and footer', async () => {
      const bytes = await buildPlanPdf(fixedPlan({ athleteName: name, coachNotes: [`Checked with ${name}`] }), {
        range,
        createdAt: FIXED_STAMP,
      });
      const text = pdfText(bytes);
      expect(text).not.toContain('?');
      expect(text).toContain(`${name} · 4 Jan 2027 to 17 Jan 2027`);
      expect(text).toContain(`Checked with ${name}`);
      expect(text).toContain(`${name} · Half marathon 2027: 2-week sample`);
      expect(text.match(new RegExp(name, 'g'))!.length).toBeGreaterThanOrEqual(5);
    });

    it('in the call brief PDF: title, agenda, tables and the document info', async () => {
      const bytes = await briefPdf(brief(name), FIXED_STAMP);
      const text = pdfText(bytes);
      expect(text).not.toContain('?');
      expect(text).toContain(`Call brief: ${name}`);
      expect(text).toContain(`- Ask ${name} about sleep`);
      expect(text).toContain(`${name} felt strong on the long run`);
      expect(text).toContain(`Tempo with ${name}`);
      expect(text).toContain(`${name} · call brief 10 Jan 2027`);
      expect(pdfInfoTitle(bytes)).toBe(`Call brief: ${name}`);
    });
  });

  it('keeps a PDF small: only the glyphs used are embedded, whatever the scripts', async () => {
    const all = Object.values(NAMES).join(', ');
    const plan = await buildPlanPdf(fixedPlan({ athleteName: all, coachNotes: [all] }), {
      range,
      createdAt: FIXED_STAMP,
    });
    const call = await briefPdf(brief(all), FIXED_STAMP);
    // The shipped CJK fonts alone are over 10 MB; a subset of a few dozen glyphs is a few kilobytes.
    expect(plan.length).toBeLessThan(150_000);
    expect(call.length).toBeLessThan(150_000);
    // Long mixed lines wrap, even inside a CJK name (CJK text breaks between any two characters).
    const text = pdfText(plan).replace(/\s+/g, '');
    for (const name of Object.values(NAMES)) expect(text).toContain(name.replace(/\s+/g, ''));
    // A plan PDF with a Japanese name against the same plan for "Ana Ruiz": the CJK subset costs little.
    const ascii = await buildPlanPdf(fixedPlan(), { range, createdAt: FIXED_STAMP });
    const japanese = await buildPlanPdf(fixedPlan({ athleteName: NAMES.Japanese }), { range, createdAt: FIXED_STAMP });
    expect(japanese.length - ascii.length).toBeLessThan(40_000);
  });

  it('prints the symbols the app writes (≈ → ≤ ≥ − …) instead of plain stand-ins', async () => {
    const pdf = createPdfDocument({ title: 'Symbols', createdAt: FIXED_STAMP });
    pdf.paragraph('pace ≈ 4:30/km → threshold ≤ 172 bpm, ≥ 60 rpm, −5 %, …');
    expect(pdfText(await pdf.finish())).toContain('pace ≈ 4:30/km → threshold ≤ 172 bpm, ≥ 60 rpm, −5 %, …');
  });

  it('lays out mixed-script text the same way it measures it: wrapped cells and right-aligned cells keep their rows', async () => {
    const pdf = createPdfDocument({ title: 'Mixed', createdAt: FIXED_STAMP });
    const long = Array.from({ length: 6 }, (_, i) => `Session ${i + 1} with 山田 さくら and Łukasz`).join('; ');
    pdf.table(
      [
        { header: 'Athlete', width: 2 },
        { header: 'Notes', width: 5 },
        { header: 'Coach', width: 2, align: 'right' },
      ],
      [
        ['山田 さくら', long, 'Coach 김민준'],
        ['Ana Ruiz', 'short', 'Coach 张伟'],
      ],
    );
    pdf.paragraph('After the table');
    const bytes = await pdf.finish();
    const rows = pdfText(bytes, ['-layout']).split('\n');
    // The second row starts below the last wrapped line of the first: nothing was drawn over it.
    const lastOfFirst = rows.findIndex((l) => l.includes('Session 6'));
    const second = rows.findIndex((l) => l.includes('Ana Ruiz'));
    expect(lastOfFirst).toBeGreaterThan(rows.findIndex((l) => l.includes('Session 1')));
    expect(second).toBeGreaterThan(lastOfFirst);
    expect(rows[second]).toMatch(/Ana Ruiz\s+short\s+Coach 张伟\s*$/);
    expect(rows.find((l) => l.includes('Session 1'))).toMatch(/Coach 김민준\s*$/);
    expect(rows.findIndex((l) => l.includes('After the table'))).toBeGreaterThan(second);
  });
});

describe('locating the shipped fonts', () => {
  it('finds resources/fonts from the sources and from the bundled main process in out/main', () => {
    const app = join(dir, 'app');
    mkdirSync(join(app, 'resources', 'fonts'), { recursive: true });
    mkdirSync(join(app, 'out', 'main'), { recursive: true });
    writeFileSync(join(app, 'resources', 'fonts', 'NotoSans-Regular.ttf'), '');
    expect(fontsDirectory(join(app, 'out', 'main'))).toBe(join(app, 'resources', 'fonts'));
    expect(fontsDirectory()).toBe(join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts'));
  });

  it('says which file is missing when the fonts are not there', () => {
    const bare = join(dir, 'bare', 'out', 'main');
    mkdirSync(bare, { recursive: true });
    expect(() => fontsDirectory(bare)).toThrow(
      /The PDF fonts are missing: no resources\/fonts\/NotoSans-Regular\.ttf above/,
    );
  });
});
