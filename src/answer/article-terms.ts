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

// Keyed by the analyzed article object: a changed article is re-analyzed into a new object,
// so stale entries are never read and are collected with the old object.
const cache = new WeakMap<AnalyzedArticle, ArticleTerms>();

/** The cached terms of `item`. */
export function articleTerms(item: AnalyzedArticle): ArticleTerms {
  let terms = cache.get(item);
  if (!terms) {
    const sentenceTokens = item.sentences.map((sentence) => tokenize(sentence.text));
    const sentenceStems = item.sentences.map((sentence) => new Set(contentStems(sentence.text)));
    const titleStems = new Set(contentStems(item.article.title));
    const allStems = new Set(titleStems);
    for (const stems of sentenceStems) for (const stem of stems) allStems.add(stem);
    terms = { sentenceTokens, sentenceStems, titleStems, allStems };
    cache.set(item, terms);
  }
  return terms;
}
