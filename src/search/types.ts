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
 * How a query's postings are read: `auto` prunes long queries (exactly: the results are the
 * same), `never` scores every posting, `always` prunes even short queries (for tests).
 */
export type Pruning = 'auto' | 'always' | 'never';

export interface SearchOptions {
  /** Maximum results (default 10). */
  limit?: number;
  /** Default `auto`. */
  pruning?: Pruning;
}
