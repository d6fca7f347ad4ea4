import type { Quote } from '../analysis/types.ts';

type WordsOf = (quote: Quote) => Iterable<string>;

// One index per list of quotes and way of reading their words; a knowledge base hands out the
// same list until it changes, so a list is indexed once.
const indexes = new WeakMap<readonly Quote[], Map<WordsOf, Map<string, number[]>>>();

/**
 * The positions in `quotes` (ascending) of the quotes whose `wordsOf` holds `word`: a lookup
 * instead of a pass over every quote of the knowledge base.
 */
export function positionsWithWord(quotes: readonly Quote[], wordsOf: WordsOf, word: string): number[] {
  let byWay = indexes.get(quotes);
  if (!byWay) {
    byWay = new Map();
    indexes.set(quotes, byWay);
  }
  let index = byWay.get(wordsOf);
  if (!index) {
    index = new Map();
    for (const [position, quote] of quotes.entries()) {
      for (const each of new Set(wordsOf(quote))) {
        const positions = index.get(each);
        if (positions) positions.push(position);
        else index.set(each, [position]);
      }
    }
    byWay.set(wordsOf, index);
  }
  return index.get(word) ?? [];
}

/**
 * The quotes for which `matches` holds, in their order, tried only on those whose words hold
 * the rarest of `required` (every quote `matches` accepts must hold each of them).
 */
export function quotesHolding(
  quotes: readonly Quote[],
  wordsOf: WordsOf,
  required: readonly string[],
  matches: (quote: Quote) => boolean,
): Quote[] {
  let rarest: number[] | undefined;
  for (const word of required) {
    const positions = positionsWithWord(quotes, wordsOf, word);
    if (!rarest || positions.length < rarest.length) rarest = positions;
  }
  if (!rarest) return quotes.filter(matches);
  return rarest.map((position) => quotes[position] as Quote).filter(matches);
}
