import { ANY_TERM, CLAUSE_WORDS, INTENSE_PAIN, LEXICON, NEGATORS, type LexiconEntry } from './note-lexicon';
import type { Severity } from './types';

/**
 * Reads free-text notes for signs a coach must not miss: pain, illness, medication. A small hand-written
 * lexicon (note-lexicon.ts) rather than a model, so every hit can be explained by the words in the note.
 *
 * - Words are matched per sentence, longest phrase first, so "sore throat" is illness, not pain, and
 *   "pain killers" medication.
 * - A term is negated by a negator up to three words before it in the same clause ("no pain",
 *   "without any soreness", "no longer hurts") or by "free" right after it ("pain-free", "pain free").
 *   Clauses end at commas, semicolons and "but", so "no pain but swelling" still reports the swelling.
 * - Mild pain words (sore, tight, stiff, ache…) count only with a body part in the sentence: "legs sore
 *   after the long run" is ordinary training soreness, "calf tight" is a niggle.
 */
export type NoteCategory = 'pain' | 'illness' | 'medication';
export type BodySide = 'left' | 'right' | 'both';

export interface BodyLocation {
  bodyPart: string;
  side: BodySide | null;
}

export interface NoteAnalysis {
  category: NoteCategory;
  severity: Severity;
  /** Offsets of the highlighted sentence in the note's text (end exclusive). */
  highlight: { start: number; end: number };
  /** The words that matched, as written. */
  terms: string[];
  location: BodyLocation | null;
  /** Pain score as written ("5/10"), when there is one. */
  painScore: number | null;
}

/** How many words before a term a negator still negates it. */
const NEGATION_REACH = 3;

interface Token {
  word: string;
  raw: string;
  start: number;
  end: number;
  clause: number;
}

interface Hit {
  entry: LexiconEntry;
  /** Index of the first token of the match. */
  at: number;
  start: number;
  end: number;
  negated: boolean;
}

interface Sentence {
  start: number;
  end: number;
}

/** Sentences end at . ! ? followed by a space or the end, and at line breaks; "38.4 °C" stays whole. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+(?=\s|$)|\n+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    pushTrimmed(text, start, m.index + (m[0].startsWith('\n') ? 0 : m[0].length), sentences);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, into: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')']);

function tokenise(text: string, sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const pattern = /[A-Za-zÀ-ÿ]+|[,;:()]/g;
  const slice = text.slice(sentence.start, sentence.end);
  const lower = slice.toLowerCase();
  let clause = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const raw = m[0];
    const word = lower.slice(m.index, m.index + raw.length);
    if (CLAUSE_MARKS.has(raw) || CLAUSE_WORDS.has(word)) {
      clause++;
      continue;
    }
    tokens.push({ word, raw, start: sentence.start + m.index, end: sentence.start + m.index + raw.length, clause });
  }
  return tokens;
}

function matchAt(tokens: Token[], i: number): LexiconEntry | null {
  for (const entry of LEXICON.get(tokens[i]!.word) ?? []) {
    if (entry.words.every((w, k) => tokens[i + k]?.word === w)) return entry;
  }
  return null;
}

function isNegated(tokens: Token[], at: number, length: number): boolean {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= Math.max(0, at - NEGATION_REACH); k--) {
    if (tokens[k]!.clause !== clause) break;
    if (NEGATORS.has(tokens[k]!.word)) return true;
  }
  const next = tokens[at + length];
  return next !== undefined && next.clause === clause && next.word === 'free';
}

function hitsOf(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length;) {
    const entry = matchAt(tokens, i);
    if (!entry) {
      i++;
      continue;
    }
    const last = tokens[i + entry.words.length - 1]!;
    hits.push({
      entry,
      at: i,
      start: tokens[i]!.start,
      end: last.end,
      negated: isNegated(tokens, i, entry.words.length),
    });
    i += entry.words.length;
  }
  return hits;
}

/** Side words, nearest to the body part wins; a capital "L" or "R" standing alone is a side too. */
function sideNear(tokens: Token[], at: number): BodySide | null {
  let best: BodySide | null = null;
  let bestDistance = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    const side = sideOf(tokens[k]!);
    if (side && Math.abs(k - at) < bestDistance) {
      best = side;
      bestDistance = Math.abs(k - at);
    }
  }
  return best;
}

function sideOf(t: Token): BodySide | null {
  if (t.word === 'left' || t.raw === 'L' || t.raw === 'Lt') return 'left';
  if (t.word === 'right' || t.raw === 'R' || t.raw === 'Rt') return 'right';
  if (t.word === 'both' || t.word === 'bilateral') return 'both';
  return null;
}

interface SentenceVerdict {
  sentence: Sentence;
  category: NoteCategory;
  /** Higher is more telling: pain with a place, then illness, pain, medication. */
  weight: number;
  terms: string[];
  location: BodyLocation | null;
  intense: boolean;
  painScore: number | null;
}

function judgeSentence(text: string, sentence: Sentence): SentenceVerdict | null {
  if (!ANY_TERM.test(text.slice(sentence.start, sentence.end))) return null;
  const tokens = tokenise(text, sentence);
  const hits = hitsOf(tokens).filter((h) => !h.negated);
  const bodies = hits.filter((h) => h.entry.kind === 'body');
  const pains = hits.filter((h) => h.entry.kind === 'pain' || (h.entry.kind === 'mild-pain' && bodies.length > 0));
  const illness = hits.filter((h) => h.entry.kind === 'illness');
  const medication = hits.filter((h) => h.entry.kind === 'medication');
  const scoreMatch = /(\d+(?:\.\d+)?)\s*\/\s*10\b/.exec(text.slice(sentence.start, sentence.end));
  const painScore = scoreMatch ? Number(scoreMatch[1]) : null;
  const intense =
    hits.some((h) => h.entry.kind === 'intense') || pains.some((h) => INTENSE_PAIN.has(h.entry.words[0]!));
  const words = (list: Hit[]) => list.map((h) => text.slice(h.start, h.end));

  if (pains.length > 0) {
    const location = locate(tokens, pains[0]!, bodies);
    return {
      sentence,
      category: 'pain',
      weight: location ? 4 : 2,
      terms: words([...pains, ...bodies]),
      location,
      intense,
      painScore,
    };
  }
  if (illness.length > 0)
    return { sentence, category: 'illness', weight: 3, terms: words(illness), location: null, intense, painScore };
  if (medication.length > 0)
    return {
      sentence,
      category: 'medication',
      weight: 1,
      terms: words(medication),
      location: null,
      intense,
      painScore,
    };
  return null;
}

function locate(tokens: Token[], pain: Hit, bodies: Hit[]): BodyLocation | null {
  if (bodies.length === 0) return null;
  const nearest = bodies.reduce((best, b) => (Math.abs(b.at - pain.at) < Math.abs(best.at - pain.at) ? b : best));
  const side = sideNear(tokens, nearest.at) ?? (nearest.entry.plural ? 'both' : null);
  return { bodyPart: nearest.entry.part!, side };
}

/** The most telling sentence of a note, or null when it holds nothing a coach needs to see. */
export function analyseNote(text: string): NoteAnalysis | null {
  if (!ANY_TERM.test(text)) return null;
  let best: SentenceVerdict | null = null;
  for (const sentence of splitSentences(text)) {
    const verdict = judgeSentence(text, sentence);
    if (verdict && (!best || verdict.weight > best.weight)) best = verdict;
  }
  if (!best) return null;
  return {
    category: best.category,
    severity: severityOf(best),
    highlight: { start: best.sentence.start, end: best.sentence.end },
    terms: best.terms,
    location: best.location,
    painScore: best.painScore,
  };
}

/** Pain that is sharp, swollen or 6/10 and worse needs the coach today; medication alone is worth knowing. */
function severityOf(v: SentenceVerdict): Severity {
  if (v.category === 'medication') return 'info';
  if (v.category === 'pain' && (v.intense || (v.painScore !== null && v.painScore >= 6))) return 'critical';
  return 'warning';
}

/** "achilles, left" — the body part first, as an injury list sorts. */
export function formatBodyLocation(location: BodyLocation): string {
  return location.side ? `${location.bodyPart}, ${location.side}` : location.bodyPart;
}
