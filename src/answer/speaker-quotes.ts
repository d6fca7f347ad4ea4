import type { Quote } from '../analysis/types.ts';
import { findQuotes } from '../quotes/find-quotes.ts';
import { quotesHolding } from '../quotes/quotes-by-word.ts';
import { TITLE_WORDS } from './spans/lexicon.ts';

/**
 * The speaker's quotes as the quote finder matches speakers (surname, full name, rank, role);
 * failing that, by the name words alone, as questions sometimes give a rank the article does not.
 */
export function quotesBy(quotes: Quote[], speaker: string): Quote[] {
  const found = findQuotes(quotes, { speaker }, { limit: quotes.length });
  if (found.length > 0) return found;
  // Every name word the question gives must be among the quote's: looked up, not scanned.
  const wanted = speakerNameWords(speaker);
  if (wanted.length === 0) return [];
  return quotesHolding(quotes, nameWordsOf, wanted, (quote) => isSpokenBy(quote, speaker));
}

/** "Lt. Gen. James" names "Lt. Gen. Thomas James": every name word the question gives is in the speaker's name. */
export function isSpokenBy(quote: Quote, speaker: string): boolean {
  const wanted = speakerNameWords(speaker);
  if (wanted.length === 0) return false;
  const have = nameWordsOf(quote);
  return wanted.every((word) => have.has(word));
}

// Worked out once per quote: a question about a speaker scans every quote of the knowledge base.
const nameWords = new WeakMap<Quote, Set<string>>();

function nameWordsOf(quote: Quote): Set<string> {
  let words = nameWords.get(quote);
  if (!words) {
    words = new Set([...speakerNameWords(quote.speaker), ...speakerNameWords(quote.speakerShort)]);
    nameWords.set(quote, words);
  }
  return words;
}

/** The words of a name without rank or title, lower-case and without a possessive. */
export function speakerNameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((word) => word && !TITLE_WORDS.has(word))
    .map((word) =>
      word
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/[.,]$/, ''),
    );
}
