import type { AnalyzedArticle } from '../analysis/types.ts';

const cache = new WeakMap<AnalyzedArticle, Map<number, string>>();

/** The id of the passage holding the sentence that starts at `start`, if any passage holds it. */
export function passageIdOfSentence(item: AnalyzedArticle, start: number): string | undefined {
  let byStart = cache.get(item);
  if (!byStart) {
    byStart = new Map();
    for (const passage of item.passages) {
      for (const sentence of passage.sentences)
        if (!byStart.has(sentence.start)) byStart.set(sentence.start, passage.id);
    }
    cache.set(item, byStart);
  }
  return byStart.get(start);
}
