/** A passage that matched a query; `score` is minisearch's BM25+ score (higher is better). */
export interface PassageHit {
  passageId: string;
  articleId: string;
  score: number;
  /** Query terms (after stemming) that matched, as minisearch reports them. */
  terms: string[];
}

/** An article ranked by its best passage, with a snippet around the match. */
export interface ArticleHit {
  articleId: string;
  title: string;
  score: number;
  snippet: string;
  /** The passage that ranked the article. */
  passageId: string;
}

/**
 * How a query's postings are read: `auto` prunes long article queries (exactly: the results
 * and scores are the same), `never` scores every posting, `always` prunes every query,
 * passages too (for tests and measurements).
 */
export type Pruning = 'auto' | 'always' | 'never';

export interface SearchOptions {
  /** Maximum results (default 10). */
  limit?: number;
  /** Default `auto`. */
  pruning?: Pruning;
}
