import LineBreaker from 'linebreak';
import type { TextRun } from './font-runs';

/**
 * Breaking text set in several fonts into lines, so the PDF layer can draw each line's runs at
 * explicit positions. pdfkit wraps one font at a time, and a paragraph drawn as a chain of `continued`
 * calls carries each call's end position into the next: after a line that mixed fonts, the lines that
 * followed started where the chain had left off, far to the right. Here the text is broken as one,
 * whatever its fonts, by pdfkit's own rules, so a text in one font breaks exactly where pdfkit breaks it:
 *
 *   - a line may break where Unicode allows it (UAX #14, through the `linebreak` package pdfkit uses):
 *     after spaces and hyphens, between CJK characters; "\n" always breaks;
 *   - a word goes on the line when it fits there together with the spaces that follow it;
 *   - a word wider than a whole line is cut between characters;
 *   - a soft hyphen prints as "-" at the end of a line and not at all inside one.
 *
 *   // with a measure that sets every character 1 wide:
 *   breakLines([{ face: 0, text: 'zone 1 (' }, { face: 1, text: '≤ ' }, { face: 0, text: '145)\nWork' }], measure, 20)
 *   // → [{ runs: [{ face: 0, text: 'zone 1 (', x: 0 }, { face: 1, text: '≤ ', x: 8 }, { face: 0, text: '145)', x: 10 }], width: 14 },
 *   //    { runs: [{ face: 0, text: 'Work', x: 0 }], width: 4 }]
 */
export type Measure = (face: number, text: string) => number;

export interface PlacedRun extends TextRun {
  /** Distance from the start of the line. */
  x: number;
}

export interface TextLine {
  runs: PlacedRun[];
  /** Width of what the line prints, trailing spaces left out: what right and centred alignment go by. */
  width: number;
}

const SOFT_HYPHEN = '\u00ad';
const HYPHEN = '-';
/** Characters that break or may break a line but print nothing themselves. */
const UNPRINTED = /[\n\u00ad]/g;
/**
 * A word as wide as the room left fits, though rounding may measure it a hair wider: table cells shrink
 * their type so that their widest word fills the cell exactly (pdfkit, which rounds widths down to single
 * precision, lets such a word fit too).
 */
const fits = (width: number, room: number) => width <= room + 1e-6;

/** `maxWidth` Infinity breaks at "\n" only. */
export function breakLines(runs: readonly TextRun[], measure: Measure, maxWidth: number): TextLine[] {
  const text = runs.map((r) => r.text).join('');
  const starts: number[] = [];
  runs.reduce((offset, run) => (starts.push(offset), offset + run.text.length), 0);

  /** The runs' text between two offsets, as printed. */
  const pieces = (from: number, to: number): TextRun[] => {
    const out: TextRun[] = [];
    runs.forEach((run, i) => {
      const start = starts[i]!;
      if (start >= to || start + run.text.length <= from) return;
      const piece = run.text.slice(Math.max(from, start) - start, to - start).replace(UNPRINTED, '');
      if (piece) out.push({ face: run.face, text: piece });
    });
    return out;
  };
  const widthOf = (from: number, to: number) => pieces(from, to).reduce((sum, p) => sum + measure(p.face, p.text), 0);
  const faceAt = (offset: number) => runs[starts.findLastIndex((start) => start <= offset)]!.face;
  /** Room a word needs: a word ending in a soft hyphen may end the line, and then prints a hyphen. */
  const needs = (from: number, to: number, width: number) =>
    text[to - 1] === SOFT_HYPHEN ? width + measure(faceAt(to - 1), HYPHEN) : width;

  const lines: [number, number][] = [];
  // The line being filled is text[lineStart, lineEnd); words are placed in order, so a word starts at lineEnd.
  let lineStart = 0;
  let lineEnd = 0;
  let spaceLeft = maxWidth;
  const endLine = () => {
    lines.push([lineStart, lineEnd]);
    lineStart = lineEnd;
    spaceLeft = maxWidth;
  };
  const place = (from: number, to: number, breakAfter: boolean) => {
    const width = widthOf(from, to);
    if (!fits(needs(from, to, width), spaceLeft) && lineEnd > lineStart) endLine();
    lineEnd = to;
    if (breakAfter) endLine();
    else spaceLeft -= width;
  };
  /** A word wider than a line fills what is left of the current line, then whole lines, character by character. */
  const placeCut = (from: number, to: number, breakAfter: boolean) => {
    while (!fits(widthOf(from, to), spaceLeft)) {
      let cut = from;
      for (
        let next = afterCodePoint(text, from);
        next <= to && fits(widthOf(from, next), spaceLeft);
        next = afterCodePoint(text, next)
      )
        cut = next;
      if (cut === from && lineEnd > lineStart) {
        endLine();
        continue;
      }
      // An empty line takes at least one character, however narrow the line is.
      if (cut === from) cut = afterCodePoint(text, from);
      place(from, cut, true);
      from = cut;
      if (from === to) return;
    }
    place(from, to, breakAfter);
  };

  const breaker = new LineBreaker(text);
  let from = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (!fits(widthOf(from, bk.position), maxWidth)) placeCut(from, bk.position, bk.required);
    else place(from, bk.position, bk.required);
    from = bk.position;
  }
  if (lineEnd > lineStart) lines.push([lineStart, lineEnd]);

  return lines.map(([start, end]) => {
    const printed = pieces(start, end);
    while (printed.length > 0) {
      const last = printed.at(-1)!;
      last.text = last.text.trimEnd();
      if (last.text) break;
      printed.pop();
    }
    // A line ends at a soft hyphen only when it broke there: before a "\n" it prints nothing.
    if (text[end - 1] === SOFT_HYPHEN) {
      const face = faceAt(end - 1);
      const last = printed.at(-1);
      if (last?.face === face) last.text += HYPHEN;
      else printed.push({ face, text: HYPHEN });
    }
    let x = 0;
    const placed = printed.map((run) => {
      const at = { ...run, x };
      x += measure(run.face, run.text);
      return at;
    });
    return { runs: placed, width: x };
  });
}

function afterCodePoint(text: string, offset: number): number {
  return offset + (text.codePointAt(offset)! > 0xffff ? 2 : 1);
}
