import type { Article } from '../knowledge/article.ts';
import type { KnowledgeLogger } from '../knowledge/knowledge-logger.ts';
import { buildPassages } from './passages.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { splitSentences } from './sentences.ts';
import type { AnalyzedArticle } from './types.ts';

/** Bump whenever the analyzer's output for the same article changes: it keys the analysis cache. */
export const ANALYZER_VERSION = '3';

/**
 * Only this much of an article is analyzed (about 30,000 words, a long report): analysis time
 * and the index stay bounded whatever a file or a page holds. The rest is dropped with a note.
 */
export const MAX_ANALYZED_CHARS = 200_000;

/**
 * Splits an article into sentences and passages and extracts its direct quotations. A body over
 * {@link MAX_ANALYZED_CHARS} is cut at the last paragraph or word break before the limit, and
 * the returned article holds the cut body.
 */
export function analyzeArticle(article: Article): AnalyzedArticle {
  return analyzeBounded(article);
}

/** {@link analyzeArticle} that tells `logger`, naming the article and file, when it cut a body. */
export function analyzerLoggingTo(logger: KnowledgeLogger): (article: Article) => AnalyzedArticle {
  return (article) => analyzeBounded(article, logger);
}

function analyzeBounded(article: Article, logger?: KnowledgeLogger): AnalyzedArticle {
  const analyzed = boundedArticle(article, logger);
  const sentences = splitSentences(analyzed.body);
  return {
    article: analyzed,
    sentences,
    passages: buildPassages(analyzed.id, analyzed.body, sentences),
    quotes: extractQuotes(analyzed, sentences),
  };
}

function boundedArticle(article: Article, logger?: KnowledgeLogger): Article {
  if (article.body.length <= MAX_ANALYZED_CHARS) return article;
  const head = article.body.slice(0, MAX_ANALYZED_CHARS);
  const paragraphBreak = head.lastIndexOf('\n\n');
  const wordBreak = head.search(/\s\S*$/u);
  const cut =
    paragraphBreak > MAX_ANALYZED_CHARS / 2 ? paragraphBreak : wordBreak > 0 ? wordBreak : head.length;
  const body = head.slice(0, cut).trimEnd();
  logger?.warn(
    { file: article.file, article: article.id, characters: article.body.length, kept: body.length },
    `article "${article.id}" in ${article.file} is ${article.body.length} characters long; only the first ${body.length} were analyzed (the limit is ${MAX_ANALYZED_CHARS})`,
  );
  return { ...article, body };
}
