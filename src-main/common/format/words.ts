import { DEFAULT_LOCALE, formatNumber } from './numbers';

/** Counted nouns and articles, so no sentence reads "1 low mornings" or "a 18-week block". */

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRule(locale: string, digits: number): Intl.PluralRules {
  const key = `${locale}|${digits}`;
  let rule = pluralRules.get(key);
  if (!rule) {
    rule = new Intl.PluralRules(locale, { maximumFractionDigits: digits });
    pluralRules.set(key, rule);
  }
  return rule;
}

/** The noun alone, agreeing with `count`: "week" or "weeks". */
export function pluralNoun(count: number, singular: string, plural = `${singular}s`, locale = DEFAULT_LOCALE): string {
  return pluralRule(locale, 1).select(count) === 'one' ? singular : plural;
}

/** "1 low morning", "3 low mornings", "1.5 hours": the count as written (up to one decimal) decides the noun. */
export function plural(count: number, singular: string, plural = `${singular}s`, locale = DEFAULT_LOCALE): string {
  return `${formatNumber(count, 1, { trim: true, locale })} ${pluralNoun(count, singular, plural, locale)}`;
}

/**
 * Numbers read aloud with a vowel sound: 8, 80–89, 800…, and 11 / 18 in their own group of three
 * ("eleven", "eighteen thousand"). 1100 reads "one thousand one hundred", so it takes "a".
 */
function numberTakesAn(digits: string): boolean {
  if (digits.startsWith('8')) return true;
  return digits.length % 3 === 2 && (digits.startsWith('11') || digits.startsWith('18'));
}

/** Letters of an abbreviation said with a vowel sound: "an FTP test", "an HR zone", but "a UK race". */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');

/** Words whose first vowel is said "you" or "wun": "a user", "a one-off". */
const CONSONANT_SOUND_START = /^(uni|use|usu|uti|ura|ure|uro|eu|ewe|one|once)/i;
/** Words with a silent h: "an hour", "an honest answer". */
const SILENT_H_START = /^(hour|honest|honou?r|heir)/i;

/** "a" or "an" for the phrase that follows it. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const text = phrase.trimStart();
  const number = /^\d[\d,]*/.exec(text);
  if (number) return numberTakesAn(number[0].replace(/,/g, '')) ? 'an' : 'a';
  const word = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  if (word.length >= 2 && word === word.toUpperCase()) return VOWEL_SOUND_LETTERS.has(word[0]!) ? 'an' : 'a';
  if (SILENT_H_START.test(word)) return 'an';
  if (CONSONANT_SOUND_START.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** "an 18-week block", "a 12-week block", "an easy run". */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
