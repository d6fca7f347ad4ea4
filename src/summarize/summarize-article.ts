import type { AnalyzedArticle, Sentence } from '../analysis/types.ts';
import type { SummaryReply } from '../replies/reply.ts';
import { selectSummary } from './select-sentences.ts';
import { summaryUnits } from './summary-units.ts';

export interface SummarizeOptions {
  /** How many sentences (default 3); fewer when the article has fewer. */
  sentences?: number;
}

/**
 * An extractive summary of one article: its own sentences, verbatim and in article order, chosen
 * by `selectSummary` (lead kept, central early sentences, no repeats, no dangling "He said").
 */
export function summarizeArticle(
  item: AnalyzedArticle,
  { sentences = 3 }: SummarizeOptions = {},
): SummaryReply {
  const { article } = item;
  return {
    kind: 'summary',
    articleId: article.id,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { published: article.published } : {}),
    sentences: selectSummary(summaryCandidates(item), sentences).map((sentence) => sentence.text.trim()),
  };
}

/**
 * The sentences a summary of `item` chooses from: its summary units without a sentence that only
 * repeats the title (bodies often open with it; a summary shown under the title should not).
 */
export function summaryCandidates(item: AnalyzedArticle): Sentence[] {
  const titleKey = comparable(item.article.title);
  return summaryUnits(item).filter((sentence) => comparable(sentence.text) !== titleKey);
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
