import type { Article } from '../knowledge/article.ts';

/** What Sitrep remembers about one feed between polls and restarts. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastPolledAt?: string;
  lastOkAt?: string;
  /** The last failure in words ("HTTP 503", "not RSS or Atom"), cleared by a good poll. */
  lastError?: string;
  itemCount: number;
}

/** A feed item stored once, with the article extracted from its page. */
export interface FeedItemRecord {
  feedUrl: string;
  /** Dedupe keys in order of preference: `guid:…`, `link:…`, `hash:…`. */
  keys: string[];
  article: Article;
  firstSeenAt: string;
}

/** Feed state and items seen. Implementations: memory (tests) and SQLite (data/sitrep.db). */
export interface FeedStore {
  getFeedState(url: string): FeedState | undefined;
  saveFeedState(state: FeedState): void;
  /** True when any of `keys` was stored before for this feed or any other. */
  hasFeedItem(keys: string[]): boolean;
  addFeedItem(item: FeedItemRecord): void;
  listFeedItems(): FeedItemRecord[];
}

/** When Sitrep first saw each article, for digests of undated articles. */
export interface ArticleSeenStore {
  firstSeen(articleId: string): string | undefined;
  /** Records `at` for the ids not seen before; leaves the others as they were. */
  markSeen(articleIds: string[], at: string): void;
}
