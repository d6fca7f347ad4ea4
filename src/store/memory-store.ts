import type { ChannelRef } from '../bot/request.ts';
import type { GapsSubscription } from '../subscriptions/gaps-subscription.ts';
import { channelKey, type Subscription } from '../subscriptions/subscription.ts';
import type { FeedItemRecord, FeedState } from './feed-store.ts';
import { RecentKeys } from './recent-keys.ts';
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

/**
 * Keeps Sitrep's state in memory: fine for tests and the console. It cannot survive a restart
 * (so it cannot recover a run claimed before a crash), is not shared between processes, and
 * has no durability: a crash loses everything. It passes the same contract suite as
 * `SqliteStore`; records go in and out as copies, so callers cannot change stored state.
 */
export class MemoryStore implements SitrepStore {
  readonly shared = false;
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly gapsSubscriptions = new Map<string, GapsSubscription>();
  private readonly runs = new Map<string, DigestRun>();
  private readonly ledger = new Map<string, Set<string>>();
  private readonly feedStates = new Map<string, FeedState>();
  private readonly feedItems: FeedItemRecord[] = [];
  private readonly feedKeys = new Set<string>();
  private readonly seen = new Map<string, string>();
  private readonly eventKeys = new RecentKeys();
  private subscriptionWrites = 0;

  getSubscription(channel: ChannelRef): Subscription | undefined {
    return copy(this.subscriptions.get(channelKey(channel)));
  }

  listSubscriptions(): Subscription[] {
    return [...this.subscriptions.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, subscription]) => copy(subscription));
  }

  saveSubscription(subscription: Subscription): void {
    this.subscriptionWrites++;
    this.subscriptions.set(channelKey(subscription.channel), copy(subscription));
  }

  removeSubscription(channel: ChannelRef): boolean {
    this.subscriptionWrites++;
    return this.subscriptions.delete(channelKey(channel));
  }

  getGapsSubscription(channel: ChannelRef): GapsSubscription | undefined {
    return copy(this.gapsSubscriptions.get(channelKey(channel)));
  }

  listGapsSubscriptions(): GapsSubscription[] {
    return [...this.gapsSubscriptions.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, subscription]) => copy(subscription));
  }

  saveGapsSubscription(subscription: GapsSubscription): void {
    this.subscriptionWrites++;
    this.gapsSubscriptions.set(channelKey(subscription.channel), copy(subscription));
  }

  removeGapsSubscription(channel: ChannelRef): boolean {
    this.subscriptionWrites++;
    return this.gapsSubscriptions.delete(channelKey(channel));
  }

  subscriptionsRevision(): string {
    return String(this.subscriptionWrites);
  }

  claimRun(claim: RunClaim): DigestRun | undefined {
    const existing = this.runs.get(claim.key);
    if (!isClaimable(existing)) return undefined;
    const run: DigestRun = {
      ...copy(claim),
      status: 'claimed',
      attempts: (existing?.attempts ?? 0) + 1,
      messageIds: [],
    };
    this.runs.set(run.key, run);
    return copy(run);
  }

  markSent(key: string, delivery: DeliveryRecord): boolean {
    const run = this.runs.get(key);
    if (run?.status !== 'claimed') return false;
    this.runs.set(key, {
      ...run,
      status: 'sent',
      sentAt: delivery.sentAt,
      messageIds: [...delivery.messageIds],
    });
    const sent = this.ledger.get(channelKey(run.channel)) ?? new Set<string>();
    for (const articleId of run.articleIds) sent.add(articleId);
    this.ledger.set(channelKey(run.channel), sent);
    return true;
  }

  markFailed(key: string, failure: RunFailure): boolean {
    return this.transition(key, (run) => ({ ...run, status: 'failed', failure: copy(failure) }));
  }

  markUnconfirmed(key: string, at: string): boolean {
    const failure = unconfirmedFailure(at);
    return this.transition(key, (run) => ({ ...run, status: 'unconfirmed', failure }));
  }

  getRun(key: string): DigestRun | undefined {
    return copy(this.runs.get(key));
  }

  latestRuns(channel: ChannelRef, limit: number): DigestRun[] {
    const key = channelKey(channel);
    return [...this.runs.values()]
      .filter((run) => channelKey(run.channel) === key)
      .sort((a, b) => compareDesc(a.claimedAt, b.claimedAt) || compareDesc(a.key, b.key))
      .slice(0, limit)
      .map(copy);
  }

  firstRun(channel: ChannelRef, trigger: RunTrigger, claimedAtOrAfter: string): DigestRun | undefined {
    const key = channelKey(channel);
    const runs = [...this.runs.values()].filter(
      (run) =>
        channelKey(run.channel) === key && run.trigger === trigger && run.claimedAt >= claimedAtOrAfter,
    );
    return copy(runs.sort((a, b) => compareDesc(b.claimedAt, a.claimedAt) || compareDesc(b.key, a.key))[0]);
  }

  lastSentRun(channel: ChannelRef, trigger: RunTrigger): DigestRun | undefined {
    const key = channelKey(channel);
    const sent = [...this.runs.values()].filter(
      (run) => channelKey(run.channel) === key && run.trigger === trigger && run.status === 'sent',
    );
    return copy(sent.sort((a, b) => compareDesc(a.window.until, b.window.until))[0]);
  }

  runsWithStatus(status: RunStatus): DigestRun[] {
    return [...this.runs.values()]
      .filter((run) => run.status === status)
      .sort((a, b) => compareDesc(b.claimedAt, a.claimedAt)) // oldest first
      .map(copy);
  }

  interruptedRuns(): DigestRun[] {
    return this.runsWithStatus('claimed');
  }

  recordEventKey(key: string): boolean {
    return this.eventKeys.add(key);
  }

  sentArticles(channel: ChannelRef, articleIds: string[]): Set<string> {
    const sent = this.ledger.get(channelKey(channel));
    return new Set(articleIds.filter((articleId) => sent?.has(articleId)));
  }

  getFeedState(url: string): FeedState | undefined {
    return copy(this.feedStates.get(url));
  }

  saveFeedState(state: FeedState): void {
    this.feedStates.set(state.url, copy(state));
  }

  hasFeedItem(keys: string[]): boolean {
    return keys.some((key) => this.feedKeys.has(key));
  }

  addFeedItem(item: FeedItemRecord): void {
    this.feedItems.push(copy(item));
    for (const key of item.keys) this.feedKeys.add(key);
  }

  listFeedItems(): FeedItemRecord[] {
    return this.feedItems.map(copy);
  }

  firstSeen(articleId: string): string | undefined {
    return this.seen.get(articleId);
  }

  markSeen(articleIds: string[], at: string): void {
    for (const articleId of articleIds) if (!this.seen.has(articleId)) this.seen.set(articleId, at);
  }

  close(): void {}

  private transition(key: string, change: (run: DigestRun) => DigestRun): boolean {
    const run = this.runs.get(key);
    if (run?.status !== 'claimed') return false;
    this.runs.set(key, change(run));
    return true;
  }
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
