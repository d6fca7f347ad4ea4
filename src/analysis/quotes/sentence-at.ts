import type { Sentence } from '../types.ts';

/** The sentence that holds `offset`, by binary search over sentences in body order. */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  const sentence = sentences[lastStartingAtOrBefore(sentences, offset)];
  return sentence && offset < sentence.end ? sentence : undefined;
}

/** The last sentence that ends at or before `offset`. */
export function sentenceBefore(sentences: Sentence[], offset: number): Sentence | undefined {
  let index = lastStartingAtOrBefore(sentences, offset);
  while (index >= 0 && (sentences[index]?.end ?? Number.POSITIVE_INFINITY) > offset) index--;
  return sentences[index];
}

function lastStartingAtOrBefore(sentences: Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) low = middle + 1;
    else high = middle - 1;
  }
  return high;
}
