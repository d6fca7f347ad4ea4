import { createRequire } from 'node:module';

// The package is CommonJS and ships no type declarations.
const porter2 = createRequire(import.meta.url)('wink-porter2-stemmer') as (word: string) => string;

/** Enough for the vocabulary of a large knowledge base; cleared wholesale when full. */
const MAX_CACHED_STEMS = 200_000;
const stems = new Map<string, string>();
/** Longer words are their own stem. */
export const MAX_STEMMED_LENGTH = 40;

/**
 * The Porter2 (English) stem of a lower-case word: "operations" and "operate" both give "oper".
 * Stems are cached because the stemmer costs several microseconds a word and a corpus repeats
 * the same words many times.
 */
export function stem(word: string): string {
  // The stemmer's patterns ("(.+)(s)$") are quadratic in the word's length: a 10,000-letter
  // "word" took seconds. No English word that long has a suffix worth removing.
  if (word.length > MAX_STEMMED_LENGTH) return word;
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const result = porter2(word);
  if (stems.size >= MAX_CACHED_STEMS) stems.clear();
  stems.set(word, result);
  return result;
}
