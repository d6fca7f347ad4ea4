import type { ArticleTable } from './article-table.ts';
import { postingRange } from './frozen-segment.ts';
import { INDEXED_FIELDS } from './passage-documents.ts';
import type { Segments } from './segments.ts';

/** The fields an article's words come from, for document frequencies: its text and title. */
const COUNTED_FIELDS = [INDEXED_FIELDS.indexOf('text'), INDEXED_FIELDS.indexOf('title')];

/** Marks of the articles counted so far, by ordinal: one array for every count, no set per term. */
let seen = new Int32Array(0);
let stamp = 0;

/**
 * How many indexed articles hold `term` in their text or title, counted from its postings: the
 * document frequency `ask` weighs question words by, without a second pass over the articles.
 */
export function articleFrequency(segments: Segments, table: ArticleTable, term: string): number {
  const ordinal = segments.frozen.terms.find(term);
  const live = segments.live.postings(term);
  if (seen.length < table.articleLength.length) seen = new Int32Array(table.articleLength.length);
  if (++stamp > 2 ** 30) {
    stamp = 1;
    seen.fill(0);
  }
  let count = 0;
  const visit = (article: number) => {
    if (article < 0 || seen[article] === stamp) return;
    seen[article] = stamp;
    count++;
  };
  const { articleOf } = table;
  for (const fieldId of COUNTED_FIELDS) {
    if (ordinal >= 0) {
      const { passages } = segments.frozen;
      const [from, to] = postingRange(segments.frozen, ordinal, fieldId);
      for (let at = from; at < to; at++) visit(articleOf[passages[at] as number] ?? -1);
    }
    live?.get(fieldId)?.forEach((_, id) => {
      visit(articleOf[id] ?? -1);
    });
  }
  return count;
}
