/**
 * Splitting text into runs that one font can print, for a chain of fallback fonts.
 *
 *   textRuns('Call brief: 田中 花子', (face, cp) => faces[face]!.hasGlyphForCodePoint(cp), 2)
 *   // → [{ face: 0, text: 'Call brief: ' }, { face: 1, text: '田中 花子' }]
 *
 * Each character goes to the first face in the chain that has a glyph for it. Whitespace stays in the
 * run it sits in when that face has it, so a space between two Japanese words does not cut a name into
 * three runs. A character no face has becomes "?", so a missing glyph is visible in print, not silent.
 */
export interface TextRun {
  /** Index of the face in the fallback chain. */
  face: number;
  text: string;
}

export type Coverage = (face: number, codePoint: number) => boolean;

export const MISSING_GLYPH = '?';

/** Tabs and the narrow spaces formatters put between a number and its unit print as plain spaces, so extracted text reads as typed. */
const SPACES = /[\t\u00a0\u2009\u202f]/g;
/** Invisible format characters (joiners, variation selectors, BOM) no printed text needs; the soft hyphen stays, lines may break at it (line-breaking.ts). */
const INVISIBLE = /(?!\u00ad)\p{Default_Ignorable_Code_Point}/gu;

/** The text as the PDF prints it: composed (NFC, as fonts map characters), one kind of line break and space, no invisible characters. */
export function printableText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(SPACES, ' ').replace(INVISIBLE, '');
}

export function textRuns(text: string, covers: Coverage, faceCount: number): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  const append = (face: number, printed: string) => {
    if (current?.face === face) current.text += printed;
    else runs.push((current = { face, text: printed }));
  };
  for (const char of printableText(text)) {
    const codePoint = char.codePointAt(0)!;
    // A "\n" breaks the line whatever the font, so it never starts a run of its own.
    if (char === '\n') append(current?.face ?? 0, char);
    else if (current && char === ' ' && covers(current.face, codePoint)) append(current.face, char);
    else {
      const face = firstFace(codePoint, covers, faceCount);
      if (face >= 0) append(face, char);
      else
        append(
          current && covers(current.face, 0x3f) ? current.face : Math.max(0, firstFace(0x3f, covers, faceCount)),
          MISSING_GLYPH,
        );
    }
  }
  return runs;
}

function firstFace(codePoint: number, covers: Coverage, faceCount: number): number {
  for (let face = 0; face < faceCount; face++) if (covers(face, codePoint)) return face;
  return -1;
}
