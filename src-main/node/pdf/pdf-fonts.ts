import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';
import { textRuns, type TextRun } from './font-runs';

/**
 * The fonts the PDFs print with, shipped in resources/fonts (see its README for sources and licence):
 * Noto Sans for Latin (with Vietnamese and the other extended Latin alphabets), Greek and Cyrillic, then
 * a subset of Noto Sans CJK for Japanese, Chinese and Korean. pdfkit embeds only the glyphs a document
 * uses, so a PDF carries a few kilobytes of each font it needs and none of the others.
 */
export type FontWeight = 'regular' | 'bold';

const FACES: readonly Record<FontWeight, string>[] = [
  { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  { regular: 'NotoSansCJKjp-Regular-subset.otf', bold: 'NotoSansCJKjp-Bold-subset.otf' },
];

interface LoadedFace {
  bytes: Buffer;
  font: Font;
}

export interface PdfFonts {
  /** pdfkit's name for a face of the chain, as registered by `registerPdfFonts`. */
  fontName(face: number, weight: FontWeight): string;
  /** The text cut into runs, each printable by one face (the first in the chain that has its glyphs). */
  runs(text: string, weight: FontWeight): TextRun[];
}

interface FontRegistry {
  registerFont(name: string, src: Buffer): unknown;
}

let loaded: Record<FontWeight, LoadedFace[]> | undefined;

/** Registers the chain's fonts with a pdfkit document; files are read once per process. */
export function registerPdfFonts(doc: FontRegistry): PdfFonts {
  loaded ??= loadFaces();
  const faces = loaded;
  const fontName = (face: number, weight: FontWeight) => `chain-${face}-${weight}`;
  for (const weight of ['regular', 'bold'] as const)
    faces[weight].forEach((f, i) => doc.registerFont(fontName(i, weight), f.bytes));
  return {
    fontName,
    runs: (text, weight) =>
      textRuns(
        text,
        (face, codePoint) => faces[weight][face]!.font.hasGlyphForCodePoint(codePoint),
        faces[weight].length,
      ),
  };
}

function loadFaces(): Record<FontWeight, LoadedFace[]> {
  const dir = fontsDirectory();
  const load = (file: string): LoadedFace => {
    const bytes = readFileSync(join(dir, file));
    return { bytes, font: create(bytes) };
  };
  return { regular: FACES.map((f) => load(f.regular)), bold: FACES.map((f) => load(f.bold)) };
}

/**
 * resources/fonts sits at the repository root; this module runs from its source file (tests, the CLI
 * through tsx) or bundled into out/main (the Electron app), so the folder is found by walking up.
 */
export function fontsDirectory(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FACES[0]!.regular))) return candidate;
    if (dirname(dir) === dir)
      throw new Error(`The PDF fonts are missing: no resources/fonts/${FACES[0]!.regular} above ${start}`);
  }
}
