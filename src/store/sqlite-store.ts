import type Database from 'better-sqlite3';
import type { ChannelRef } from '../bot/request.ts';
import type { GapsSubscription } from '../subscriptions/gaps-subscription.ts';
import { channelKey, type Subscription } from '../subscriptions/subscription.ts';
import type { FeedItemRecord, FeedState } from './feed-store.ts';
import type { AnswerRecord, FeedbackStore, Vote, VoteOutcome } from './feedback-store.ts';
import { isClaimable, unconfirmedFailure } from './run-rules.ts';
import type {
  DeliveryRecord,
  DigestRun,
  RunClaim,
  RunFailure,
  RunStatus,
  RunTrigger,
  SitrepStore,
} from './sitrep-store.ts';
import { SqliteFeedTables } from './sqlite/feed-tables.ts';
import { SqliteFeedbackTables } from './sqlite/feedback-tables.ts';
import {
  type GapsSubscriptionRow,
  gapsSubscriptionValues,
  rowToGapsSubscription,
} from './sqlite/gaps-rows.ts';
import { type Durability, openDatabase } from './sqlite/open-database.ts';
import { withRelaxedSync } from './sqlite/relaxed-sync.ts';
import {
  type RunRow,
  rowToRun,
  rowToSubscription,
  runToRow,
  type SubscriptionRow,
  subscriptionToRow,
} from './sqlite/rows.ts';
import { Statements } from './sqlite/statements.ts';

/**
 * Sitrep's state in one SQLite file (default `data/sitrep.db`; the directory is created).
 * WAL mode, versioned migrations (`schema_migrations`), and one transaction per change, so a
 * crash mid-write leaves the database as it was before that change. One process at a time
 * should run the scheduler over a file; readers may share it.
 */
export class SqliteStore implements SitrepStore, FeedbackStore {
  readonly shared = false;
  /** The open connection, for maintenance (backups, integrity checks) and tests. */
  readonly db: Database.Database;
  private readonly feeds: SqliteFeedTables;
  private readonly feedback: SqliteFeedbackTables;
  private readonly statements: Statements;
  private readonly durability: Durability;
  private subscriptionWrites = 0;
  private eventWrites = 0;

  constructor(path: string, { durability = 'full' }: { durability?: Durability } = {}) {
    this.durability = durability;
    this.db = openDatabase(path, durability);
    this.statements = new Statements(this.db);
    this.feeds = new SqliteFeedTables(this.statements, this.db);
    this.feedback = new SqliteFeedbackTables(this.statements, this.db);
  }

  getSubscription(channel: ChannelRef): Subscription | undefined {
    const row = this.sql('SELECT * FROM subscriptions WHERE channel_key = ?').get(channelKey(channel));
    return row ? rowToSubscription(row as SubscriptionRow) : undefined;
  }

  listSubscriptions(): Subscription[] {
    const rows = this.sql('SELECT * FROM subscriptions ORDER BY channel_key').all();
    return (rows as SubscriptionRow[]).map(rowToSubscription);
  }

  saveSubscription(subscription: Subscription): void {
    this.subscriptionWrites++;
    this.sql(
      `INSERT OR REPLACE INTO subscriptions VALUES (@channel_key, @platform, @channel_id, @workspace_id,
         @channel_name, @time, @timezone, @topics, @weekdays_only, @quiet_when_empty, @enabled,
         @disabled_reason, @created_by, @created_at, @updated_at)`,
    ).run(subscriptionToRow(subscription));
  }

  removeSubscription(channel: ChannelRef): boolean {
    this.subscriptionWrites++;
    return this.sql('DELETE FROM subscriptions WHERE channel_key = ?').run(channelKey(channel)).changes > 0;
  }

  getGapsSubscription(channel: ChannelRef): GapsSubscription | undefined {
    const row = this.sql('SELECT * FROM gaps_subscriptions WHERE channel_key = ?').get(channelKey(channel));
    return row ? rowToGapsSubscription(row as GapsSubscriptionRow) : undefined;
  }

  listGapsSubscriptions(): GapsSubscription[] {
    const rows = this.sql('SELECT * FROM gaps_subscriptions ORDER BY channel_key').all();
    return (rows as GapsSubscriptionRow[]).map(rowToGapsSubscription);
  }

  saveGapsSubscription(subscription: GapsSubscription): void {
    this.subscriptionWrites++;
    this.sql('INSERT OR REPLACE INTO gaps_subscriptions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...gapsSubscriptionValues(subscription),
    );
  }

  removeGapsSubscription(channel: ChannelRef): boolean {
    this.subscriptionWrites++;
    return (
      this.sql('DELETE FROM gaps_subscriptions WHERE channel_key = ?').run(channelKey(channel)).changes > 0
    );
  }

  subscriptionsRevision(): string {
    // data_version changes when another connection commits; our own writes are counted here.
    return `${this.sql('PRAGMA data_version').pluck().get()}:${this.subscriptionWrites}`;
  }

  claimRun(claim: RunClaim): DigestRun | undefined {
    return this.db
      .transaction((): DigestRun | undefined => {
        const existing = this.getRun(claim.key);
        if (!isClaimable(existing)) return undefined;
        const run: DigestRun = {
          ...claim,
          status: 'claimed',
          attempts: (existing?.attempts ?? 0) + 1,
          messageIds: [],
        };
        this.writeRun(run);
        return run;
      })
      .immediate();
  }

  markSent(key: string, delivery: DeliveryRecord): boolean {
    return this.db
      .transaction((): boolean => {
        const run = this.getRun(key);
        if (run?.status !== 'claimed') return false;
        this.writeRun({ ...run, status: 'sent', sentAt: delivery.sentAt, messageIds: delivery.messageIds });
        const record = this.sql('INSERT OR IGNORE INTO sent_articles VALUES (?, ?, ?, ?)');
        for (const articleId of run.articleIds)
          record.run(channelKey(run.channel), articleId, key, delivery.sentAt);
        return true;
      })
      .immediate();
  }

  markFailed(key: string, failure: RunFailure): boolean {
    return this.transition(key, (run) => ({ ...run, status: 'failed', failure }));
  }

  markUnconfirmed(key: string, at: string): boolean {
    const failure = unconfirmedFailure(at);
    return this.transition(key, (run) => ({ ...run, status: 'unconfirmed', failure }));
  }

  getRun(key: string): DigestRun | undefined {
    const row = this.sql('SELECT * FROM digest_runs WHERE key = ?').get(key);
    return row ? rowToRun(row as RunRow) : undefined;
  }

  latestRuns(channel: ChannelRef, limit: number): DigestRun[] {
    const rows = this.sql(
      'SELECT * FROM digest_runs WHERE channel_key = ? ORDER BY claimed_at DESC, key DESC LIMIT ?',
    ).all(channelKey(channel), limit);
    return (rows as RunRow[]).map(rowToRun);
  }

  firstRun(channel: ChannelRef, trigger: RunTrigger, claimedAtOrAfter: string): DigestRun | undefined {
    const row = this.sql(
      `SELECT * FROM digest_runs WHERE channel_key = ? AND trigger = ? AND claimed_at >= ?
       ORDER BY claimed_at, key LIMIT 1`,
    ).get(channelKey(channel), trigger, claimedAtOrAfter);
    return row ? rowToRun(row as RunRow) : undefined;
  }

  lastSentRun(channel: ChannelRef, trigger: RunTrigger): DigestRun | undefined {
    const row = this.sql(
      `SELECT * FROM digest_runs WHERE channel_key = ? AND trigger = ? AND status = 'sent'
         ORDER BY window_until DESC LIMIT 1`,
    ).get(channelKey(channel), trigger);
    return row ? rowToRun(row as RunRow) : undefined;
  }

  runsWithStatus(status: RunStatus): DigestRun[] {
    const rows = this.sql('SELECT * FROM digest_runs WHERE status = ? ORDER BY claimed_at').all(status);
    return (rows as RunRow[]).map(rowToRun);
  }

  interruptedRuns(): DigestRun[] {
    return this.runsWithStatus('claimed');
  }

  recordEventKey(key: string, at: string): boolean {
    // One per Slack request: losing the last keys to a power cut at worst answers a retry twice.
    return withRelaxedSync(this.db, this.durability, () => {
      const inserted = this.sql('INSERT OR IGNORE INTO event_keys VALUES (?, ?)').run(key, at).changes > 0;
      // Slack retries within minutes; a day of keys is plenty. Pruned now and then, not every time.
      if (inserted && ++this.eventWrites % 100 === 0) {
        const dayBefore = new Date(Date.parse(at) - 86_400_000).toISOString();
        this.sql('DELETE FROM event_keys WHERE seen_at < ?').run(dayBefore);
      }
      return inserted;
    });
  }

  sentArticles(channel: ChannelRef, articleIds: string[]): Set<string> {
    const sent = this.sql('SELECT 1 FROM sent_articles WHERE channel_key = ? AND article_id = ?');
    const key = channelKey(channel);
    return new Set(articleIds.filter((articleId) => sent.get(key, articleId) !== undefined));
  }

  recordAnswer(record: AnswerRecord): void {
    // One per question asked: a power cut may lose the last ones, and with them a vote or two.
    withRelaxedSync(this.db, this.durability, () => this.feedback.recordAnswer(record));
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

  addFeedItem(item: FeedItemRecord): void {
    this.feeds.addFeedItem(item);
  }

  listFeedItems(): FeedItemRecord[] {
    return this.feeds.listFeedItems();
  }

  firstSeen(articleId: string): string | undefined {
    return this.feeds.firstSeen(articleId);
  }

  markSeen(articleIds: string[], at: string): void {
    this.feeds.markSeen(articleIds, at);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private sql(text: string): Database.Statement {
    return this.statements.get(text);
  }

  private transition(key: string, change: (run: DigestRun) => DigestRun): boolean {
    return this.db
      .transaction((): boolean => {
        const run = this.getRun(key);
        if (run?.status !== 'claimed') return false;
        this.writeRun(change(run));
        return true;
      })
      .immediate();
  }

  private writeRun(run: DigestRun): void {
    this.sql(
      `INSERT OR REPLACE INTO digest_runs VALUES (@key, @channel_key, @channel, @trigger, @local_day,
         @scheduled_for, @window_since, @window_until, @article_ids, @headline, @claimed_at, @status,
         @attempts, @sent_at, @message_ids, @failure)`,
    ).run(runToRow(run));
  }
}
