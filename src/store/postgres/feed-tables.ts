import type { ArticleSeenStore, FeedItemRecord, FeedState, FeedStore } from '../feed-store.ts';
import type { EventKeyStore } from '../sitrep-store.ts';
import type { SyncPostgres } from './sync-postgres.ts';

/** The LISTEN channel for "feed items or pasted URLs were stored"; the payload is the schema. */
export const ARTICLES_CHANNEL = 'sitrep_articles';

/** The feed, first-seen and event-key tables of `PostgresStore`. */
export class PostgresFeedTables implements FeedStore, ArticleSeenStore, EventKeyStore {
  private eventWrites = 0;
  // Multi-row inserts go in key order: two replicas inserting overlapping keys at once then
  // lock them in the same order and cannot deadlock.

  constructor(
    private readonly db: SyncPostgres,
    private readonly schema: string,
  ) {}

  getFeedState(url: string): FeedState | undefined {
    const [row] = this.db.query<{ state: string }>('SELECT state FROM feed_states WHERE url = $1', [url]);
    return row ? (JSON.parse(row.state) as FeedState) : undefined;
  }

  saveFeedState(state: FeedState): void {
    this.db.query(
      'INSERT INTO feed_states VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET state = EXCLUDED.state',
      [state.url, JSON.stringify(state)],
    );
  }

  hasFeedItem(keys: string[]): boolean {
    if (keys.length === 0) return false;
    return (
      this.db.query('SELECT 1 FROM feed_item_keys WHERE key = ANY($1::text[]) LIMIT 1', [keys]).length > 0
    );
  }

  /**
   * Stores the item and claims its keys, then tells every replica (NOTIFY, sent on commit).
   * Keys another item holds stay with that item.
   */
  addFeedItem(item: FeedItemRecord): void {
    this.db.transaction(() => {
      const [row] = this.db.query<{ id: string }>(
        'INSERT INTO feed_items (feed_url, keys, article, first_seen_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [item.feedUrl, JSON.stringify(item.keys), JSON.stringify(item.article), item.firstSeenAt],
      );
      this.db.query(
        `INSERT INTO feed_item_keys (key, item_id) SELECT key, $2 FROM unnest($1::text[]) AS key ORDER BY key
         ON CONFLICT DO NOTHING`,
        [item.keys, row!.id],
      );
      this.db.query('SELECT pg_notify($1, $2)', [ARTICLES_CHANNEL, this.schema]);
    });
  }

  listFeedItems(): FeedItemRecord[] {
    const rows = this.db.query<{ feed_url: string; keys: string; article: string; first_seen_at: string }>(
      'SELECT feed_url, keys, article, first_seen_at FROM feed_items ORDER BY id',
    );
    return rows.map((row) => ({
      feedUrl: row.feed_url,
      keys: JSON.parse(row.keys) as string[],
      article: JSON.parse(row.article) as FeedItemRecord['article'],
      firstSeenAt: row.first_seen_at,
    }));
  }

  /** The newest feed item's id: a cheap "did anything arrive?" for the periodic catch-up. */
  feedItemsVersion(): string {
    const [row] = this.db.query<{ id: string | null }>('SELECT MAX(id) AS id FROM feed_items');
    return String(row?.id ?? 0);
  }

  firstSeen(articleId: string): string | undefined {
    const [row] = this.db.query<{ first_seen_at: string }>(
      'SELECT first_seen_at FROM article_seen WHERE article_id = $1',
      [articleId],
    );
    return row?.first_seen_at;
  }

  markSeen(articleIds: string[], at: string): void {
    if (articleIds.length === 0) return;
    this.db.query(
      `INSERT INTO article_seen (article_id, first_seen_at) SELECT id, $2 FROM unnest($1::text[]) AS id ORDER BY id
       ON CONFLICT DO NOTHING`,
      [articleIds, at],
    );
  }

  recordEventKey(key: string, at: string): boolean {
    const inserted = this.db.query(
      'INSERT INTO event_keys (key, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
      [key, at],
    );
    // Slack retries within minutes; a day of keys is plenty. Pruned now and then, not every time.
    if (inserted.length > 0 && ++this.eventWrites % 100 === 0) {
      this.db.query(`DELETE FROM event_keys WHERE seen_at < $1::timestamptz - interval '1 day'`, [at]);
    }
    return inserted.length > 0;
  }
}
