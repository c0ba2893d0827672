import { z } from 'zod';

/**
 * Half of a UTF-16 surrogate pair standing alone. JSON and IPC carry one, but no encoding can store it:
 * SQLite, a PDF or an exported file would silently write U+FFFD (�) in its place.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses text holding a lone surrogate, saying where, so the field is named instead of the text silently changed. */
export const WELL_FORMED_TEXT = z.superRefine<string>((text, ctx) => {
  const found = LONE_SURROGATE.exec(text);
  if (!found) return;
  const lines = text.slice(0, found.index).split('\n');
  // Counted in characters as a person sees them: an emoji earlier on the line is one, not two.
  const column = [...lines.at(-1)!].length + 1;
  const where = lines.length > 1 ? `line ${lines.length}, character ${column}` : `character ${column}`;
  ctx.addIssue({
    code: 'custom',
    message: `holds a broken character at ${where} (half of a UTF-16 surrogate pair, which cannot be stored): retype or remove it`,
  });
});

/** Every field a person types or a file names (names, notes, reasons, CSV text) is a freeText(). */
export function freeText() {
  return z.string().check(WELL_FORMED_TEXT);
}
