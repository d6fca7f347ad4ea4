import type { AnalyzedArticle } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import { isContentToken, tokenize } from './terms.ts';

/** An article worth reading for a question, with its retrieved passages' scores scaled to 0..1. */
export interface RetrievedArticle {
  item: AnalyzedArticle;
  /** Best passage score of the article over the best score of all articles. */
  articleScore: number;
  /** passage id → score over the best passage score. */
  passageScores: Map<string, number>;
}

export interface RetrieveOptions {
  /** Passages asked of the index (default 16). */
  passages?: number;
  /** Articles kept for sentence ranking (default 3). */
  articles?: number;
}

/**
 * Asks the index for passages matching the question's content words and groups them by article,
 * best article first. Every sentence of a kept article is a candidate, not only the retrieved
 * passages: questions often name their context ("during the June 2020 operations") in a different
 * paragraph than the answer.
 */
export function retrieveArticles(
  kb: KnowledgeBase,
  question: string,
  options: RetrieveOptions = {},
): RetrievedArticle[] {
  const query = searchQuery(question);
  if (!query) return [];
  const hits = kb.searchPassages(query, { limit: options.passages ?? 16 });
  const top = hits[0]?.score ?? 0;
  if (top <= 0) return [];
  const byArticle = new Map<string, RetrievedArticle>();
  for (const hit of hits) {
    let entry = byArticle.get(hit.articleId);
    if (!entry) {
      const item = kb.get(hit.articleId);
      if (!item) continue;
      entry = { item, articleScore: hit.score / top, passageScores: new Map() };
      byArticle.set(hit.articleId, entry);
    }
    entry.passageScores.set(
      hit.passageId,
      Math.max(entry.passageScores.get(hit.passageId) ?? 0, hit.score / top),
    );
  }
  return [...byArticle.values()].slice(0, options.articles ?? 3);
}

/** The question's content words, as written (the index does its own stemming). */
export function searchQuery(question: string): string {
  return tokenize(question)
    .filter(isContentToken)
    .map((token) => token.word)
    .join(' ');
}
