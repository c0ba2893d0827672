/**
 * File names that are safe on Windows, macOS and Linux and cannot climb out of the folder they are written
 * to: no path separators or "..", none of Windows' reserved characters (<>:"/\|?*) or device names (CON,
 * NUL, COM1…), no control characters, no trailing dots or spaces, at most 100 characters before the
 * extension. Accents are kept (every current file system stores UTF-8 names); anything else unsafe
 * becomes "-".
 */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM_LENGTH = 100;

export function safeFileStem(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[.\- ]+|[.\- ]+$/g, '');
  const stem = [...cleaned]
    .slice(0, MAX_STEM_LENGTH)
    .join('')
    .replace(/[. ]+$/, '');
  if (!stem) return 'export';
  return RESERVED_WINDOWS_NAMES.test(stem) ? `${stem}-file` : stem;
}

/** `safeFileStem(stem)` plus an extension of lower-case letters and digits only. */
export function safeFileName(stem: string, extension: string): string {
  if (!/^[a-z0-9]{1,8}$/.test(extension)) throw new Error(`"${extension}" is not a file extension the app writes`);
  return `${safeFileStem(stem)}.${extension}`;
}

/** Makes every name in a list unique by numbering repeats ("x.fit", "x (2).fit"), so no file overwrites another. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    const numbered = `${name.slice(0, dot)} (${count})${name.slice(dot)}`;
    seen.set(numbered.toLowerCase(), 1);
    return numbered;
  });
}
