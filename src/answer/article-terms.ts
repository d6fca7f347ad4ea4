import type { AnalyzedArticle } from '../analysis/types.ts';
import { contentStems, type Token, tokenize } from './terms.ts';

/** The tokens and stems of an analyzed article, computed once per analyzed article object. */
export interface ArticleTerms {
  /** Tokens of each sentence, aligned with `article.sentences`. */
  sentenceTokens: Token[][];
  /** Content stems of each sentence, aligned with `article.sentences`. */
  sentenceStems: Set<string>[];
  titleStems: Set<string>;
  /** Content stems of the title and the whole body. */
  allStems: Set<string>;
}

/**
 * Articles whose terms are kept, most recently used: a question reads a handful, and a bot
 * answering for weeks over 100,000 articles must not keep the tokens of every article it met.
 */
const CACHED_ARTICLES = 2_000;

// Keyed by the analyzed article object: a changed article is re-analyzed into a new object,
// so stale entries are never read, and leave the cache as others come in.
const cache = new Map<AnalyzedArticle, ArticleTerms>();

/** The cached terms of `item`. */
export function articleTerms(item: AnalyzedArticle): ArticleTerms {
  let terms = cache.get(item);
  if (terms) {
    cache.delete(item);
  } else {
    const sentenceTokens = item.sentences.map((sentence) => tokenize(sentence.text));
    const sentenceStems = item.sentences.map((sentence) => new Set(contentStems(sentence.text)));
    const titleStems = new Set(contentStems(item.article.title));
    const allStems = new Set(titleStems);
    for (const stems of sentenceStems) for (const stem of stems) allStems.add(stem);
    terms = { sentenceTokens, sentenceStems, titleStems, allStems };
    if (cache.size >= CACHED_ARTICLES) cache.delete(cache.keys().next().value as AnalyzedArticle);
  }
  cache.set(item, terms);
  return terms;
}
