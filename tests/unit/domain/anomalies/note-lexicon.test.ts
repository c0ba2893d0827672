import { describe, expect, it } from 'vitest';
import { ANY_TERM, CLAUSE_WORDS, LEXICON, NEGATORS } from '../../../../src-main/common/domain/anomalies/note-lexicon';

const entries = [...LEXICON.values()].flat();
/** What the matcher's tokeniser makes of a note: runs of letters, lower case. */
const TOKENS = /^[a-zà-ÿ]+( [a-zà-ÿ]+)*$/;

describe('the note lexicon', () => {
  it('holds only phrases the tokeniser can produce, so every entry can match', () => {
    for (const { words } of entries) expect(words.join(' ')).toMatch(TOKENS);
    for (const word of [...NEGATORS, ...CLAUSE_WORDS]) expect(word).toMatch(/^[a-z]+$/);
  });

  it('gives each phrase one meaning', () => {
    const seen = new Map<string, string>();
    for (const { words, kind, part } of entries) {
      const phrase = words.join(' ');
      const meaning = `${kind}${part ? `:${part}` : ''}`;
      expect(seen.get(phrase) ?? meaning, phrase).toBe(meaning);
      seen.set(phrase, meaning);
    }
  });

  it('lists the phrases of each first word longest first, and finds every first word in a note', () => {
    for (const [first, list] of LEXICON) {
      expect(list.every((e) => e.words[0] === first)).toBe(true);
      expect(list.map((e) => e.words.length)).toEqual([...list.map((e) => e.words.length)].sort((a, b) => b - a));
      expect(ANY_TERM.test(`felt ${first} today`), first).toBe(true);
    }
    expect(ANY_TERM.test('felt strong today')).toBe(false);
  });
});
