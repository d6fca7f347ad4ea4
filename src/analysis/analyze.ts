import type { Article } from '../knowledge/article.ts';
import { buildPassages } from './passages.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { splitSentences } from './sentences.ts';
import type { AnalyzedArticle } from './types.ts';

/** Bump whenever the analyzer's output for the same article changes: it keys the analysis cache. */
export const ANALYZER_VERSION = '2';

/** Splits an article into sentences and passages and extracts its direct quotations. */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const sentences = splitSentences(article.body);
  return {
    article,
    sentences,
    passages: buildPassages(article.id, article.body, sentences),
    quotes: extractQuotes(article, sentences),
  };
}
