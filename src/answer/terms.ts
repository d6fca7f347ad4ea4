import { stem } from '../search/stem.ts';
import { baseForm } from './base-form.ts';

/** Words that carry no topic: function words, question words and the filler of chat questions. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either else ever few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself just
  me more most my myself no nor not now of off on once only or other our ours ourselves out over own per
  same she should so some such than that the their theirs them themselves then there these they this
  those through to too under until up very was we were what when where which while who whom whose why
  will with would you your yours yourself yourselves s t don whats whos wheres hows i'm it's let's
  according story piece article report reports quoted mentioned tell told us`
    .split(/\s+/)
    .filter(Boolean),
);

/** The Porter2 stem of a lower-case word's base form; words starting with a digit stay whole. */
export function stemWord(word: string): string {
  return /^\d/.test(word) ? word : stem(baseForm(word));
}

/** A word of a text with its place, so callers can measure distances and map back to the text. */
export interface Token {
  /** Lower-cased surface form; numbers keep their separators ("1,322", "4.7"). */
  word: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

/** Splits text into words: letters and digits, keeping inner apostrophes, hyphens, and number punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/’/g, "'");
    const start = match.index ?? 0;
    tokens.push({ word, stem: stemWord(word.replace(/'s$/, '')), start, end: start + match[0].length });
  }
  return tokens;
}

/** True when the token carries meaning for matching (not a stopword, not a lone letter). */
export function isContentToken(token: Token): boolean {
  return !STOPWORDS.has(token.word) && (token.word.length > 1 || /\d/.test(token.word));
}

/** Stems of the content words of `text`, in order, repeats kept. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter(isContentToken)
    .flatMap((token) => stemsOf(token));
}

/** A hyphenated word also matches its parts ("space-community" → space, community). */
function stemsOf(token: Token): string[] {
  if (!token.word.includes('-') || /^\d/.test(token.word)) return [token.stem];
  const parts = token.word.split('-').filter((part) => part.length > 1 && !STOPWORDS.has(part));
  return [token.stem, ...parts.map(stemWord)];
}
