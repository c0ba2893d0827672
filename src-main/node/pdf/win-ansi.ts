/**
 * PDF's 14 standard fonts only carry the WinAnsi (Windows-1252) character set. Rather than embed a font,
 * text is mapped to it: the few typographic characters the app writes that WinAnsi lacks get a plain
 * stand-in, and anything else outside the set becomes "?" so a missing glyph is visible, not silent.
 */
const REPLACEMENTS: Record<string, string> = {
  '≈': '~',
  '→': '->',
  '←': '<-',
  '≤': '<=',
  '≥': '>=',
  '−': '-',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u00a0': ' ',
};

/** Characters of Windows-1252's 0x80–0x9F block, which differ from Latin-1. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) out += replacement;
    else if (
      char === '\n' ||
      (char >= ' ' && char <= '~') ||
      (char >= '\u00a1' && char <= '\u00ff') ||
      WIN_ANSI_EXTRAS.has(char)
    )
      out += char;
    else out += '?';
  }
  return out;
}
