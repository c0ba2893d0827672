import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { workoutStepLines } from '../../../src-main/common/domain/export/workout-text';
import type { TextRun } from '../../../src-main/node/pdf/font-runs';
import { breakLines, type Measure, type TextLine } from '../../../src-main/node/pdf/line-breaking';
import { registerPdfFonts } from '../../../src-main/node/pdf/pdf-fonts';
import { fixedPlan } from '../domain/export/export-fixture';

// Face 0 sets every character 1 unit wide, face 1 (the fallback) 2 units: easy widths to reason about.
const measure: Measure = (face, text) => [...text].length * (face === 0 ? 1 : 2);
const sameWidth: Measure = (_face, text) => [...text].length;

const texts = (lines: TextLine[]) => lines.map((l) => l.runs.map((r) => r.text).join(''));
const latin = (text: string): TextRun[] => [{ face: 0, text }];

describe('breaking text into lines', () => {
  it('starts every line of a mixed-font text at its left, the fallback run included (the "≤" step lines)', () => {
    const runs: TextRun[] = [
      { face: 0, text: 'Warm-up 10 min @ HR zone 1 (' },
      { face: 1, text: '≤ ' },
      {
        face: 0,
        text: '145 bpm) (ease in)\nWork 40 min @ HR zone 2 (146–154 bpm) (stay in zone 2)\nCool-down 5 min @ HR zone 1 (',
      },
      { face: 1, text: '≤ ' },
      { face: 0, text: '145 bpm)' },
    ];
    const lines = breakLines(runs, measure, 41);
    expect(texts(lines)).toEqual([
      'Warm-up 10 min @ HR zone 1 (≤ 145 bpm)',
      '(ease in)',
      'Work 40 min @ HR zone 2 (146–154 bpm)',
      '(stay in zone 2)',
      'Cool-down 5 min @ HR zone 1 (≤ 145 bpm)',
    ]);
    for (const line of lines) expect(line.runs[0]!.x).toBe(0);
    // Each run of a line sits where the runs before it end: "(" is 28 units in, "≤ " is 4 wide.
    expect(lines[0]!.runs).toEqual([
      { face: 0, text: 'Warm-up 10 min @ HR zone 1 (', x: 0 },
      { face: 1, text: '≤ ', x: 28 },
      { face: 0, text: '145 bpm)', x: 32 },
    ]);
    expect(lines[0]!.width).toBe(40);
  });

  it('breaks a text cut into runs exactly where it breaks the same text in one run', () => {
    const samples = [
      'Warm-up 15 min @ 68–78 % threshold pace (6:15–5:27 /km) (easy, build gradually)',
      'Session 1 with 山田 さくら and Łukasz; Session 2 with 김민준\nCoach notes: keep it easy',
      'Supercalifragilisticexpialidocious intervals, 4 × 4 min',
    ];
    for (const sample of samples)
      for (const width of [7, 12, 23, 40, 61])
        for (const cuts of [[3], [5, 17], [1, 2, 9, 30, 31, 44]]) {
          const runs: TextRun[] = [];
          [0, ...cuts, sample.length].reduce((from, to, i) => {
            if (to > from) runs.push({ face: i % 2, text: sample.slice(from, to) });
            return Math.max(from, to);
          });
          const single = breakLines(latin(sample), sameWidth, width);
          const mixed = breakLines(runs, sameWidth, width);
          expect(texts(mixed)).toEqual(texts(single));
          expect(mixed.map((l) => l.width)).toEqual(single.map((l) => l.width));
          expect(mixed.every((l) => l.runs.length === 0 || l.runs[0]!.x === 0)).toBe(true);
        }
  });

  it("fits a word with the spaces after it, as pdfkit does, and leaves trailing spaces out of the line's width", () => {
    expect(texts(breakLines(latin('aaa bbb'), measure, 7))).toEqual(['aaa bbb']);
    // "aaa bbb" is 7 wide, but "bbb" would have to fit with its space; the last word has none.
    const lines = breakLines(latin('aaa bbb ccc'), measure, 7);
    expect(texts(lines)).toEqual(['aaa', 'bbb ccc']);
    expect(lines.map((l) => l.width)).toEqual([3, 7]);
  });

  it('breaks at every "\\n", keeps blank lines, adds no line for a final "\\n", and none for no text', () => {
    expect(texts(breakLines(latin('a\n\nb'), measure, 10))).toEqual(['a', '', 'b']);
    expect(texts(breakLines(latin('a\n'), measure, 10))).toEqual(['a']);
    expect(breakLines([], measure, 10)).toEqual([]);
    expect(texts(breakLines(latin('a long line that never wraps\nsecond'), measure, Infinity))).toEqual([
      'a long line that never wraps',
      'second',
    ]);
  });

  it('cuts a word wider than the line: first what is left of the current line, then whole lines', () => {
    expect(texts(breakLines(latin('abcdefgh'), measure, 3))).toEqual(['abc', 'def', 'gh']);
    expect(texts(breakLines(latin('xy abcdefgh'), measure, 4))).toEqual(['xy a', 'bcde', 'fgh']);
    // A line narrower than one character still takes one per line rather than looping.
    expect(texts(breakLines([{ face: 1, text: '山田' }], measure, 1))).toEqual(['山', '田']);
  });

  it('breaks CJK text between characters', () => {
    expect(texts(breakLines([{ face: 1, text: '山田さくら' }], measure, 5))).toEqual(['山田', 'さく', 'ら']);
  });

  it('prints a soft hyphen as "-" where the line breaks at it, and not at all elsewhere', () => {
    expect(texts(breakLines(latin('Trai\u00adning plan'), measure, 6))).toEqual(['Trai-', 'ning', 'plan']);
    expect(texts(breakLines(latin('Trai\u00adning plan'), measure, 20))).toEqual(['Training plan']);
  });

  it('counts a word as fitting when rounding measures it a hair wider than the line', () => {
    const fuzzy: Measure = (face, text) => measure(face, text) * (1 + 1e-12);
    expect(texts(breakLines(latin('Week'), fuzzy, 4))).toEqual(['Week']);
  });

  it('breaks a text in one font where pdfkit breaks it: the plan step lines in Noto Sans, over many widths', () => {
    const doc = new PDFDocument({ size: 'A4' });
    const fonts = registerPdfFonts(doc);
    const plan = fixedPlan();
    const steps = plan.sessions.flatMap((s) => workoutStepLines(s.definition, plan.thresholds));
    const latinSteps = steps.filter((step) => fonts.runs(step, 'regular').length === 1);
    expect(latinSteps.length).toBeGreaterThan(20);
    doc.font(fonts.fontName(0, 'regular')).fontSize(9);
    const notoSans: Measure = (_face, text) => doc.widthOfString(text);
    for (const step of latinSteps)
      for (let width = 60; width <= 320; width += 13) {
        const pdfkitLines = Math.round(doc.heightOfString(step, { width }) / doc.currentLineHeight(true));
        expect(breakLines(latin(step), notoSans, width), `${step} in ${width} pt`).toHaveLength(pdfkitLines);
      }
  });
});
