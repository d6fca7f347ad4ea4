import type { ArticleTable } from './article-table.ts';
import { postingRange } from './frozen-segment.ts';
import { INDEXED_FIELDS } from './passage-documents.ts';
import type { Segments } from './segments.ts';

/** The fields an article's words come from, for document frequencies: its text and title. */
const COUNTED_FIELDS = [INDEXED_FIELDS.indexOf('text'), INDEXED_FIELDS.indexOf('title')];

/**
 * How many indexed articles hold `term` in their text or title, counted from its postings: the
 * document frequency `ask` weighs question words by, without a second pass over the articles.
 */
export function articleFrequency(segments: Segments, table: ArticleTable, term: string): number {
  const ordinal = segments.frozen.terms.find(term);
  const live = segments.live.postings(term);
  const articles = new Set<number>();
  for (const fieldId of COUNTED_FIELDS) {
    if (ordinal >= 0) {
      const [from, to] = postingRange(segments.frozen, ordinal, fieldId);
      let last = -1;
      for (let at = from; at < to; at++) {
        const article = table.articleOf[segments.frozen.passages[at] ?? 0] ?? -1;
        // An article's passages are consecutive: count it once per run.
        if (article >= 0 && article !== last) articles.add(article);
        last = article;
      }
    }
    live?.get(fieldId)?.forEach((_, id) => {
      const article = table.articleOf[id] ?? -1;
      if (article >= 0) articles.add(article);
    });
  }
  return articles.size;
}
