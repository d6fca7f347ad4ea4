import { stem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';

/** Runs of spaces, punctuation and symbols separate words; hyphenated words split in two. */
const WORD_SEPARATOR = /[\n\r\t\p{Z}\p{P}\p{S}]+/u;
/** "NATO's" indexes as "NATO": the possessive would otherwise leave a stray "s" term. */
const POSSESSIVE = /['’]s(?=[\s\p{P}]|$)/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
const COMBINING_MARKS = /\p{M}/gu;
const HAS_DIGIT = /\d/;
/** Raw words repeat far more than they vary: the term of each is computed once. */
const MAX_CACHED_WORDS = 200_000;
const termOfWord = new Map<string, string | null>();

/** Splits text into raw words, in order, without changing them. */
export function tokenize(text: string): string[] {
  return text
    .replace(POSSESSIVE, '')
    .split(WORD_SEPARATOR)
    .filter((word) => word.length > 0);
}

/**
 * The index term for one raw word: lower-cased, accents folded ("Défense" → "defense"),
 * stemmed ("operations" → "oper"); null for stop words.
 * Words with digits ("COVID-19" parts, "2024", "CVN71") are kept whole.
 */
export function toTerm(word: string): string | null {
  const cached = termOfWord.get(word);
  if (cached !== undefined) return cached;
  const term = computeTerm(word);
  if (termOfWord.size >= MAX_CACHED_WORDS) termOfWord.clear();
  termOfWord.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  let term = word.toLowerCase();
  if (NON_ASCII.test(term)) term = term.normalize('NFKD').replace(COMBINING_MARKS, '');
  if (term.length === 0 || STOP_WORDS.has(term)) return null;
  return HAS_DIGIT.test(term) ? term : stem(term);
}

/** The index terms of a text, in order, repeats kept (term frequency counts). */
export function toTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(text)) {
    const term = toTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}
