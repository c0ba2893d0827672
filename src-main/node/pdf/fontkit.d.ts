// fontkit (pdfkit's font engine) ships no types; this is the part of its API the PDF layer uses.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** Fonts are parsed lazily: only the tables a call needs are read. */
  export function create(buffer: Uint8Array): Font;
}
