import { describe, expect, it } from 'vitest';
import { safeFileName, safeFileStem, uniqueFileNames } from '../../../../src-main/common/domain/export/safe-file-name';

describe('safe file names', () => {
  it('cannot climb out of the folder through separators or dot-dot', () => {
    for (const evil of ['../../etc/passwd', '..\\..\\Windows\\system32', '/abs/path', 'a/../../b']) {
      const name = safeFileStem(evil);
      expect(name).not.toMatch(/[/\\]/);
      expect(name).not.toContain('..');
      expect(name.startsWith('.')).toBe(false);
    }
  });

  it("replaces Windows' reserved characters and control characters, and keeps accents", () => {
    expect(safeFileStem('Ana: 5×1 km <fast> "now"? |x| *y*\u0007')).toBe('Ana- 5×1 km -fast- -now- -x- -y');
    expect(safeFileStem('Zoë Müller 2027-04-18')).toBe('Zoë Müller 2027-04-18');
  });

  it('avoids device names, trailing dots and empty names, and bounds the length', () => {
    expect(safeFileStem('CON')).toBe('CON-file');
    expect(safeFileStem('nul')).toBe('nul-file');
    expect(safeFileStem('plan. . .')).toBe('plan');
    expect(safeFileStem('???')).toBe('export');
    expect([...safeFileStem('x'.repeat(300))]).toHaveLength(100);
  });

  it('only accepts plain extensions', () => {
    expect(safeFileName('a', 'fit')).toBe('a.fit');
    expect(() => safeFileName('a', 'fit/../x')).toThrow(/not a file extension/);
  });

  it('numbers repeated names so no file overwrites another, ignoring case', () => {
    expect(uniqueFileNames(['a.fit', 'A.fit', 'b.fit', 'a.fit'])).toEqual(['a.fit', 'A (2).fit', 'b.fit', 'a (3).fit']);
  });
});
