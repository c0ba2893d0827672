import { describe, expect, it } from 'vitest';
import { printableText, textRuns, type Coverage } from '../../../src-main/node/pdf/font-runs';

// A two-face chain like the app's: face 0 has Latin, Greek and Cyrillic; face 1 has CJK and the space.
const latin = (cp: number) => cp < 0x2000;
const cjk = (cp: number) => cp === 0x20 || (cp >= 0x3000 && cp < 0xa000) || (cp >= 0xac00 && cp < 0xd7a4);
const covers: Coverage = (face, cp) => (face === 0 ? latin(cp) : cjk(cp));

describe('text runs over a fallback chain', () => {
  it.each([
    ['Łukasz Wójcik', [{ face: 0, text: 'Łukasz Wójcik' }]],
    ['Γιώργος · Анна', [{ face: 0, text: 'Γιώργος · Анна' }]],
    // The space between two Japanese words stays in the CJK run: one run, not three.
    ['田中 花子', [{ face: 1, text: '田中 花子' }]],
    [
      'Call brief: 田中 花子 · week 2',
      [
        { face: 0, text: 'Call brief: ' },
        { face: 1, text: '田中 花子 ' },
        { face: 0, text: '· week 2' },
      ],
    ],
    [
      '김민준\nAna',
      [
        { face: 1, text: '김민준\n' },
        { face: 0, text: 'Ana' },
      ],
    ],
  ])('%s', (text, runs) => {
    expect(textRuns(text, covers, 2)).toEqual(runs);
  });

  it('prints "?" for a character no face has, in a face that has "?"', () => {
    expect(textRuns('田中 😀', covers, 2)).toEqual([
      { face: 1, text: '田中 ' },
      { face: 0, text: '?' },
    ]);
    expect(textRuns('😀', covers, 2)).toEqual([{ face: 0, text: '?' }]);
  });

  it('composes decomposed accents, so "ř" typed as r + caron uses the font\'s ř', () => {
    expect(textRuns('Dvor\u030cák', covers, 2)).toEqual([{ face: 0, text: 'Dvořák' }]);
  });

  it('prints narrow and no-break spaces as spaces, keeps soft hyphens and drops invisible joiners', () => {
    expect(printableText('5\u202fkm\u00a0·\t4\u2009min')).toBe('5 km · 4 min');
    expect(printableText('a\u200db\ufe0fc\u00add\r\ne')).toBe('abc\u00add\ne');
  });

  it('is empty for empty text', () => {
    expect(textRuns('', covers, 2)).toEqual([]);
  });
});
