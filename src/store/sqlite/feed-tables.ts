import type Database from 'better-sqlite3';
import type { ArticleSeenStore, FeedItemRecord, FeedState, FeedStore } from '../feed-store.ts';
import type { Statements } from './statements.ts';

interface FeedItemRow {
  feed_url: string;
  keys: string;
  article: string;
  first_seen_at: string;
}

/** The feed and first-seen tables of `SqliteStore`. */
export class SqliteFeedTables implements FeedStore, ArticleSeenStore {
  constructor(
    private readonly statements: Statements,
    private readonly db: Database.Database,
  ) {}

  private sql(text: string): Database.Statement {
    return this.statements.get(text);
  }

  getFeedState(url: string): FeedState | undefined {
    const row = this.sql('SELECT state FROM feed_states WHERE url = ?').get(url) as
      | { state: string }
      | undefined;
    return row ? (JSON.parse(row.state) as FeedState) : undefined;
  }

  saveFeedState(state: FeedState): void {
    this.sql('INSERT OR REPLACE INTO feed_states VALUES (?, ?)').run(state.url, JSON.stringify(state));
  }

  hasFeedItem(keys: string[]): boolean {
    const known = this.sql('SELECT 1 FROM feed_item_keys WHERE key = ?');
    return keys.some((key) => known.get(key) !== undefined);
  }

  /** Stores the item and claims its keys; keys another item holds stay with that item. */
  addFeedItem(item: FeedItemRecord): void {
    this.db
      .transaction(() => {
        const { lastInsertRowid } = this.sql(
          'INSERT INTO feed_items (feed_url, keys, article, first_seen_at) VALUES (?, ?, ?, ?)',
        ).run(item.feedUrl, JSON.stringify(item.keys), JSON.stringify(item.article), item.firstSeenAt);
        const claim = this.sql('INSERT OR IGNORE INTO feed_item_keys VALUES (?, ?)');
        for (const key of item.keys) claim.run(key, lastInsertRowid);
      })
      .immediate();
  }

  listFeedItems(): FeedItemRecord[] {
    const rows = this.sql('SELECT * FROM feed_items ORDER BY id').all() as FeedItemRow[];
    return rows.map((row) => ({
      feedUrl: row.feed_url,
      keys: JSON.parse(row.keys) as string[],
      article: JSON.parse(row.article) as FeedItemRecord['article'],
      firstSeenAt: row.first_seen_at,
    }));
  }

  firstSeen(articleId: string): string | undefined {
    const row = this.sql('SELECT first_seen_at FROM article_seen WHERE article_id = ?').get(articleId) as
      | { first_seen_at: string }
      | undefined;
    return row?.first_seen_at;
  }

  markSeen(articleIds: string[], at: string): void {
    const insert = this.sql('INSERT OR IGNORE INTO article_seen VALUES (?, ?)');
    this.db
      .transaction(() => {
        for (const articleId of articleIds) insert.run(articleId, at);
      })
      .immediate();
  }
}
