import type { AnalyzedArticle, Passage, Quote } from '../analysis/types.ts';
import type { SkippedFile } from '../knowledge/article.ts';
import type { ArticleHit, PassageHit, SearchOptions } from '../search/types.ts';

/**
 * The loaded, analyzed and indexed knowledge base that commands read from.
 * Implementations keep it current (files added, changed, removed) without a restart.
 */
export interface KnowledgeBase {
  articles(): AnalyzedArticle[];
  get(articleId: string): AnalyzedArticle | undefined;
  passage(passageId: string): Passage | undefined;
  /** Articles ranked by their best passage (BM25 with stemming, prefix and fuzzy matching). */
  search(query: string, options?: SearchOptions): ArticleHit[];
  /** Passages ranked for a query, for answer extraction. */
  searchPassages(query: string, options?: SearchOptions): PassageHit[];
  quotes(): Quote[];
  /** How many articles hold the index term (lower case, stemmed) in their title or text. */
  documentFrequency(term: string): number;
  /** When Sitrep first saw the article (ISO), for digests of undated articles. */
  firstSeen(articleId: string): string | undefined;
  skipped(): SkippedFile[];
  /**
   * Changes whenever the articles or the index change (a file added, edited or removed, a feed
   * item, a pasted page shared): what was computed from the knowledge base at one version holds
   * until it moves on (see reply-cache.ts).
   */
  version(): number;
}
