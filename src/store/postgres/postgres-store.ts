import { hostname } from 'node:os';
import type { ChannelRef } from '../../bot/request.ts';
import type { GapsSubscription } from '../../subscriptions/gaps-subscription.ts';
import { channelKey, type Subscription } from '../../subscriptions/subscription.ts';
import type { FeedItemRecord, FeedState } from '../feed-store.ts';
import type { AnswerRecord, FeedbackStore, Vote, VoteOutcome } from '../feedback-store.ts';
import { unconfirmedFailure } from '../run-rules.ts';
import type {
  DeliveryRecord,
  DigestRun,
  RunClaim,
  RunFailure,
  RunStatus,
  RunTrigger,
  SitrepStore,
} from '../sitrep-store.ts';
import {
  GAPS_SUBSCRIPTION_COLUMNS,
  type GapsSubscriptionRow,
  gapsSubscriptionValues,
  rowToGapsSubscription,
} from '../sqlite/gaps-rows.ts';
import { type RunRow, rowToRun, rowToSubscription, runToRow, subscriptionToRow } from '../sqlite/rows.ts';
import { ARTICLES_CHANNEL, PostgresFeedTables } from './feed-tables.ts';
import { PostgresFeedbackTables } from './feedback-tables.ts';
import { type LockKeys, lockKeys } from './lock-keys.ts';
import { migratePostgres } from './migrations.ts';
import { PostgresError, type PostgresEvent, SyncPostgres } from './sync-postgres.ts';

export interface PostgresStoreOptions {
  /** DATABASE_URL: `postgres://user:password@host:5432/database`. */
  connectionString: string;
  /** Tables live in this schema, created when missing (default `public`). */
  schema?: string;
  /** Hears connection loss; the replica should exit and be restarted (its locks are gone). */
  onConnectionLost?(message: string): void;
}

const RUN_COLUMNS = `key, channel_key, channel, trigger, local_day, scheduled_for, window_since, window_until,
  article_ids, headline, claimed_at, status, attempts, sent_at, message_ids, failure`;

/**
 * Sitrep's state in PostgreSQL, shared by every replica. Each replica registers itself in
 * `replicas` and holds a session advisory lock `(replicas, id)` while it lives; a run claim
 * records its replica, so a claim whose replica died (its lock is gone) can be taken over and
 * resolved by another replica, while one being posted right now is left alone. Claims are one
 * conditional upsert, so two replicas can never both claim one key.
 */
export class PostgresStore implements SitrepStore, FeedbackStore {
  readonly shared = true;
  /** This replica's id in `replicas`. */
  readonly replicaId: number;
  readonly schema: string;
  private readonly db: SyncPostgres;
  private readonly keys: LockKeys;
  private readonly feeds: PostgresFeedTables;
  private readonly feedback: PostgresFeedbackTables;
  private readonly articleListeners = new Set<() => void>();
  private holdsFeedLock = false;

  constructor(options: PostgresStoreOptions) {
    this.schema = options.schema ?? 'public';
    this.keys = lockKeys(this.schema);
    try {
      this.db = new SyncPostgres({
        connectionString: options.connectionString,
        schema: options.schema,
        applicationName: 'sitrep',
        onEvent: (event) => this.onEvent(event, options),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PostgresError(
        `Could not connect to PostgreSQL at ${describeServer(options.connectionString)} (${reason}). ` +
          'Check DATABASE_URL and that the server is running.',
        error instanceof PostgresError ? error.code : undefined,
      );
    }
    this.feeds = new PostgresFeedTables(this.db, this.schema);
    this.feedback = new PostgresFeedbackTables(this.db);
    try {
      migratePostgres(this.db, this.keys);
      const [row] = this.db.query<{ id: number }>(
        'INSERT INTO replicas (host, pid) VALUES ($1, $2) RETURNING id',
        [hostname(), process.pid],
      );
      this.replicaId = row!.id;
      this.db.query('SELECT pg_advisory_lock($1, $2)', [this.keys.replicas, this.replicaId]);
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** Whether the database answers (for /healthz). */
  ping(): boolean {
    try {
      this.db.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  getSubscription(channel: ChannelRef): Subscription | undefined {
    const [row] = this.db.query('SELECT * FROM subscriptions WHERE channel_key = $1', [channelKey(channel)]);
    return row ? rowToSubscription(row as never) : undefined;
  }

  listSubscriptions(): Subscription[] {
    return this.db
      .query('SELECT * FROM subscriptions ORDER BY channel_key')
      .map((row) => rowToSubscription(row as never));
  }

  saveSubscription(subscription: Subscription): void {
    const row = subscriptionToRow(subscription);
    this.db.transaction(() => {
      this.db.query(
        `INSERT INTO subscriptions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (channel_key) DO UPDATE SET platform = $2, channel_id = $3, workspace_id = $4,
           channel_name = $5, time = $6, timezone = $7, topics = $8, weekdays_only = $9,
           quiet_when_empty = $10, enabled = $11, disabled_reason = $12, created_by = $13,
           created_at = $14, updated_at = $15`,
        [
          row.channel_key,
          row.platform,
          row.channel_id,
          row.workspace_id,
          row.channel_name,
          row.time,
          row.timezone,
          row.topics,
          row.weekdays_only,
          row.quiet_when_empty,
          row.enabled,
          row.disabled_reason,
          row.created_by,
          row.created_at,
          row.updated_at,
        ],
      );
      this.bumpSubscriptionRevision();
    });
  }

  removeSubscription(channel: ChannelRef): boolean {
    return this.db.transaction(() => {
      const removed = this.db.query('DELETE FROM subscriptions WHERE channel_key = $1 RETURNING 1', [
        channelKey(channel),
      ]);
      this.bumpSubscriptionRevision();
      return removed.length > 0;
    });
  }

  getGapsSubscription(channel: ChannelRef): GapsSubscription | undefined {
    const [row] = this.db.query<GapsSubscriptionRow>(
      'SELECT * FROM gaps_subscriptions WHERE channel_key = $1',
      [channelKey(channel)],
    );
    return row ? rowToGapsSubscription(row) : undefined;
  }

  listGapsSubscriptions(): GapsSubscription[] {
    return this.db
      .query<GapsSubscriptionRow>('SELECT * FROM gaps_subscriptions ORDER BY channel_key')
      .map(rowToGapsSubscription);
  }

  saveGapsSubscription(subscription: GapsSubscription): void {
    const columns = GAPS_SUBSCRIPTION_COLUMNS;
    const updates = columns
      .filter((column) => column !== 'channel_key')
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(', ');
    this.db.transaction(() => {
      this.db.query(
        `INSERT INTO gaps_subscriptions (${columns.join(', ')})
         VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
         ON CONFLICT (channel_key) DO UPDATE SET ${updates}`,
        gapsSubscriptionValues(subscription),
      );
      this.bumpSubscriptionRevision();
    });
  }

  removeGapsSubscription(channel: ChannelRef): boolean {
    return this.db.transaction(() => {
      const removed = this.db.query('DELETE FROM gaps_subscriptions WHERE channel_key = $1 RETURNING 1', [
        channelKey(channel),
      ]);
      this.bumpSubscriptionRevision();
      return removed.length > 0;
    });
  }

  /** A counter in the database, so a change made by any replica shows on every replica's next tick. */
  subscriptionsRevision(): string {
    const [row] = this.db.query<{ revision: string }>('SELECT revision FROM subscription_revision');
    return String(row?.revision ?? 0);
  }

  /**
   * One statement: inserts the run, or re-claims a run that failed for a passing reason. Under
   * concurrent claims PostgreSQL serializes on the key, and the loser's condition no longer holds.
   */
  claimRun(claim: RunClaim): DigestRun | undefined {
    const row = runToRow({ ...claim, status: 'claimed', attempts: 1, messageIds: [] });
    const [claimed] = this.db.query<RunRow>(
      `INSERT INTO digest_runs AS run (${RUN_COLUMNS}, failure_kind, claimed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'claimed', 1, NULL, '[]', NULL, NULL, $12)
       ON CONFLICT (key) DO UPDATE SET channel_key = $2, channel = $3, trigger = $4, local_day = $5,
         scheduled_for = $6, window_since = $7, window_until = $8, article_ids = $9, headline = $10,
         claimed_at = $11, status = 'claimed', attempts = run.attempts + 1, sent_at = NULL,
         message_ids = '[]', failure = NULL, failure_kind = NULL, claimed_by = $12
       WHERE run.status = 'failed' AND run.failure_kind = 'transient'
       RETURNING ${RUN_COLUMNS}`,
      [
        row.key,
        row.channel_key,
        row.channel,
        row.trigger,
        row.local_day,
        row.scheduled_for,
        row.window_since,
        row.window_until,
        row.article_ids,
        row.headline,
        row.claimed_at,
        this.replicaId,
      ],
    );
    return claimed ? rowToRun(claimed) : undefined;
  }

  markSent(key: string, delivery: DeliveryRecord): boolean {
    return this.db.transaction(() => {
      const [run] = this.db.query<RunRow>(
        `UPDATE digest_runs SET status = 'sent', sent_at = $2, message_ids = $3
         WHERE key = $1 AND status = 'claimed' RETURNING ${RUN_COLUMNS}`,
        [key, delivery.sentAt, JSON.stringify(delivery.messageIds)],
      );
      if (!run) return false;
      const articleIds = JSON.parse(run.article_ids) as string[];
      if (articleIds.length > 0) {
        this.db.query(
          `INSERT INTO sent_articles (channel_key, article_id, run_key, sent_at)
           SELECT $1, article_id, $2, $3 FROM unnest($4::text[]) AS article_id ORDER BY article_id
           ON CONFLICT DO NOTHING`,
          [run.channel_key, key, delivery.sentAt, articleIds],
        );
      }
      return true;
    });
  }

  markFailed(key: string, failure: RunFailure): boolean {
    return this.settle(key, 'failed', failure);
  }

  markUnconfirmed(key: string, at: string): boolean {
    return this.settle(key, 'unconfirmed', unconfirmedFailure(at));
  }

  getRun(key: string): DigestRun | undefined {
    const [row] = this.db.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE key = $1`, [key]);
    return row ? rowToRun(row) : undefined;
  }

  latestRuns(channel: ChannelRef, limit: number): DigestRun[] {
    return this.runs(
      'WHERE channel_key = $1 ORDER BY claimed_at DESC, key DESC LIMIT $2',
      channelKey(channel),
      limit,
    );
  }

  firstRun(channel: ChannelRef, trigger: RunTrigger, claimedAtOrAfter: string): DigestRun | undefined {
    return this.runs(
      'WHERE channel_key = $1 AND trigger = $2 AND claimed_at >= $3 ORDER BY claimed_at, key LIMIT 1',
      channelKey(channel),
      trigger,
      claimedAtOrAfter,
    )[0];
  }

  lastSentRun(channel: ChannelRef, trigger: RunTrigger): DigestRun | undefined {
    return this.runs(
      `WHERE channel_key = $1 AND trigger = $2 AND status = 'sent' ORDER BY window_until DESC LIMIT 1`,
      channelKey(channel),
      trigger,
    )[0];
  }

  runsWithStatus(status: RunStatus): DigestRun[] {
    return this.runs('WHERE status = $1 ORDER BY claimed_at, key', status);
  }

  /**
   * Takes over, in one statement, every claimed run whose replica is gone (its liveness lock is
   * not held) and returns them with this replica's own claimed runs. Two replicas looking at
   * once cannot both take a run: the second skips the row the first has locked, or finds it held
   * by a live replica.
   */
  interruptedRuns(): DigestRun[] {
    const rows = this.db.query<RunRow & { claimed_by: number }>(
      `UPDATE digest_runs AS run SET claimed_by = $1
       WHERE run.key IN (
         SELECT key FROM digest_runs AS candidate
         WHERE status = 'claimed' AND (claimed_by IS NULL OR claimed_by = $1 OR NOT EXISTS (
           SELECT 1 FROM pg_locks AS lock
           WHERE lock.locktype = 'advisory' AND lock.granted AND lock.objsubid = 2
             AND lock.database = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND lock.classid::bigint = $2 AND lock.objid::bigint = candidate.claimed_by))
         ORDER BY key
         -- A run another replica is taking over or settling right now is skipped, never waited
         -- for: no deadlock, and the next tick looks again.
         FOR UPDATE SKIP LOCKED)
       RETURNING ${RUN_COLUMNS}`,
      [this.replicaId, this.keys.replicas],
    );
    return rows
      .map(rowToRun)
      .sort((a, b) => (a.claimedAt < b.claimedAt ? -1 : a.claimedAt > b.claimedAt ? 1 : 0));
  }

  sentArticles(channel: ChannelRef, articleIds: string[]): Set<string> {
    if (articleIds.length === 0) return new Set();
    const rows = this.db.query<{ article_id: string }>(
      'SELECT article_id FROM sent_articles WHERE channel_key = $1 AND article_id = ANY($2::text[])',
      [channelKey(channel), articleIds],
    );
    return new Set(rows.map((row) => row.article_id));
  }

  recordAnswer(record: AnswerRecord): void {
    this.feedback.recordAnswer(record);
  }

  getAnswer(id: string): AnswerRecord | undefined {
    return this.feedback.getAnswer(id);
  }

  latestAnswer(channel: ChannelRef, userId: string): AnswerRecord | undefined {
    return this.feedback.latestAnswer(channel, userId);
  }

  saveVote(vote: Vote): VoteOutcome {
    return this.feedback.saveVote(vote);
  }

  answersSince(since: string): AnswerRecord[] {
    return this.feedback.answersSince(since);
  }

  votesSince(since: string): Vote[] {
    return this.feedback.votesSince(since);
  }

  purgeBefore(before: string): number {
    return this.feedback.purgeBefore(before);
  }

  purgeChannel(channel?: ChannelRef): number {
    return this.feedback.purgeChannel(channel);
  }

  getFeedState(url: string): FeedState | undefined {
    return this.feeds.getFeedState(url);
  }

  saveFeedState(state: FeedState): void {
    this.feeds.saveFeedState(state);
  }

  hasFeedItem(keys: string[]): boolean {
    return this.feeds.hasFeedItem(keys);
  }

  /** Stores the item once and tells every replica (NOTIFY, sent on commit). */
  addFeedItem(item: FeedItemRecord): void {
    this.feeds.addFeedItem(item);
  }

  listFeedItems(): FeedItemRecord[] {
    return this.feeds.listFeedItems();
  }

  /** Changes whenever any replica stores a feed item: the periodic catch-up compares it. */
  feedItemsVersion(): string {
    return this.feeds.feedItemsVersion();
  }

  /** Calls `listener` whenever any replica stores a feed item or pasted URL. */
  onArticlesAdded(listener: () => void): () => void {
    if (this.articleListeners.size === 0) this.db.listen(ARTICLES_CHANNEL);
    this.articleListeners.add(listener);
    return () => this.articleListeners.delete(listener);
  }

  firstSeen(articleId: string): string | undefined {
    return this.feeds.firstSeen(articleId);
  }

  markSeen(articleIds: string[], at: string): void {
    this.feeds.markSeen(articleIds, at);
  }

  recordEventKey(key: string, at: string): boolean {
    return this.feeds.recordEventKey(key, at);
  }

  /**
   * Takes the feed-poller lock if no live replica holds it; true while this replica holds it.
   * The lock belongs to the connection, so it passes to another replica when this one dies.
   */
  tryFeedPollerLock(): boolean {
    if (this.holdsFeedLock) return true;
    const [space, id] = this.keys.feedPoller;
    const [row] = this.db.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [
      space,
      id,
    ]);
    this.holdsFeedLock = row?.locked === true;
    return this.holdsFeedLock;
  }

  close(): void {
    this.articleListeners.clear();
    this.db.close();
  }

  private onEvent(event: PostgresEvent, options: PostgresStoreOptions): void {
    if (event.type === 'connection-lost') {
      options.onConnectionLost?.(event.message);
      return;
    }
    if (event.channel === ARTICLES_CHANNEL && event.payload === this.schema) {
      for (const listener of this.articleListeners) listener();
    }
  }

  private bumpSubscriptionRevision(): void {
    this.db.query('UPDATE subscription_revision SET revision = revision + 1');
  }

  private settle(key: string, status: 'failed' | 'unconfirmed', failure: RunFailure): boolean {
    const updated = this.db.query(
      `UPDATE digest_runs SET status = $2, failure = $3, failure_kind = $4
       WHERE key = $1 AND status = 'claimed' RETURNING 1`,
      [key, status, JSON.stringify(failure), failure.kind],
    );
    return updated.length > 0;
  }

  private runs(where: string, ...params: unknown[]): DigestRun[] {
    return this.db.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM digest_runs ${where}`, params).map(rowToRun);
  }
}

/** `host:port/database` of a connection string: never the password. */
function describeServer(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
