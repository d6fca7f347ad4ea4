import type { DeliveryFailure } from '../bot/deliver.ts';
import type { ChannelRef } from '../bot/request.ts';
import type { GapsSubscription } from '../subscriptions/gaps-subscription.ts';
import type { Subscription } from '../subscriptions/subscription.ts';
import type { ArticleSeenStore, FeedStore } from './feed-store.ts';

/**
 * `schedule`: the daily briefing (one per channel and local day); `manual`: `/digest now`;
 * `gaps`: the weekly post of unanswered questions (one per channel and ISO week).
 */
export type RunTrigger = 'schedule' | 'manual' | 'gaps';

/**
 * `claimed`: recorded before posting; `sent`: the platform confirmed; `failed`: the platform
 * refused and nothing was posted; `unconfirmed`: the process stopped between claim and
 * confirmation and the platform could not tell whether the post happened, so it is not repeated.
 */
export type RunStatus = 'claimed' | 'sent' | 'failed' | 'unconfirmed';

/** A delivery failure, or `unknown` for an error that did not say what happened. */
export type RunFailureKind = DeliveryFailure | 'unknown';

/** Half-open `[since, until)`, ISO instants. */
export interface DigestWindow {
  since: string;
  until: string;
}

export interface RunClaim {
  /** Idempotency key: `platform:channel:YYYY-MM-DD` for scheduled runs. */
  key: string;
  channel: ChannelRef;
  trigger: RunTrigger;
  /** The channel's local date the run belongs to, `YYYY-MM-DD`. */
  localDay: string;
  /** When the schedule said to post (ISO); absent for manual runs. */
  scheduledFor?: string;
  window: DigestWindow;
  /** Articles in the digest about to be posted; the ledger records them once it is sent. */
  articleIds: string[];
  headline?: string;
  claimedAt: string;
}

export interface RunFailure {
  kind: RunFailureKind;
  /** In words, for `/digest status` ("HTTP 503", "missing permission to post"). */
  message: string;
  at: string;
  /** For transient failures: not retried before this instant. */
  nextAttemptAt?: string;
}

export interface DigestRun extends RunClaim {
  status: RunStatus;
  /** 1 for the first claim, +1 for each re-claim after a transient failure. */
  attempts: number;
  sentAt?: string;
  /** Platform message ids; empty for a quiet day where nothing was posted. */
  messageIds: string[];
  failure?: RunFailure;
}

export interface DeliveryRecord {
  messageIds: string[];
  sentAt: string;
}

/** Channels and their daily briefing settings, keyed by `platform:id`. */
export interface SubscriptionStore {
  getSubscription(channel: ChannelRef): Subscription | undefined;
  listSubscriptions(): Subscription[];
  /** Inserts or replaces the channel's subscription. */
  saveSubscription(subscription: Subscription): void;
  /** False when the channel had no subscription. */
  removeSubscription(channel: ChannelRef): boolean;
  /**
   * Changes whenever a subscription, daily or weekly gaps, may have changed (here or, for
   * SQLite, through another connection), so the scheduler can keep the lists between ticks and
   * reload them only then.
   */
  subscriptionsRevision(): string;
}

/** Channels and their weekly post of unanswered questions (`gaps subscribe`), keyed by `platform:id`. */
export interface GapsSubscriptionStore {
  getGapsSubscription(channel: ChannelRef): GapsSubscription | undefined;
  listGapsSubscriptions(): GapsSubscription[];
  /** Inserts or replaces the channel's weekly gaps post. */
  saveGapsSubscription(subscription: GapsSubscription): void;
  /** False when the channel had none. */
  removeGapsSubscription(channel: ChannelRef): boolean;
}

/**
 * Digest runs, each recorded before it is posted. Every method that changes a run is atomic:
 * a crash leaves the run as it was before the call or as it is after it, never in between.
 */
export interface DigestRunStore {
  /**
   * Claims `claim.key`. Succeeds when the key is free, or when its run failed with a `transient`
   * failure (the run is then re-claimed: new window and articles, attempts + 1, failure cleared).
   * Returns undefined when the key is taken otherwise: the caller must not post.
   */
  claimRun(claim: RunClaim): DigestRun | undefined;
  /**
   * `claimed` → `sent`, and records the run's articles in the channel's sent-article ledger in
   * the same transaction. False (and no change) when the run is not `claimed`.
   */
  markSent(key: string, delivery: DeliveryRecord): boolean;
  /** `claimed` → `failed`. False (and no change) when the run is not `claimed`. */
  markFailed(key: string, failure: RunFailure): boolean;
  /** `claimed` → `unconfirmed`. False (and no change) when the run is not `claimed`. */
  markUnconfirmed(key: string, at: string): boolean;
  getRun(key: string): DigestRun | undefined;
  /** The channel's runs, newest claim first. */
  latestRuns(channel: ChannelRef, limit: number): DigestRun[];
  /** The earliest run for that trigger claimed at or after `claimedAtOrAfter` (ISO), whatever its status. */
  firstRun(channel: ChannelRef, trigger: RunTrigger, claimedAtOrAfter: string): DigestRun | undefined;
  /** The sent run with the latest window end, for that trigger. */
  lastSentRun(channel: ChannelRef, trigger: RunTrigger): DigestRun | undefined;
  /** Every run in `status`, oldest claim first. */
  runsWithStatus(status: RunStatus): DigestRun[];
  /**
   * The `claimed` runs recovery may resolve, oldest claim first: with one process, every one
   * (the caller skips those it is posting right now); in a store shared by replicas, this
   * process's own and those whose process is gone, which are taken over atomically so no two
   * replicas resolve the same run.
   */
  interruptedRuns(): DigestRun[];
}

/** Platform events already handled, so a retry is not answered twice (Slack retries up to 3 times). */
export interface EventKeyStore {
  /** Records `key` seen at `at` (ISO); false when it was recorded before. Old keys are forgotten. */
  recordEventKey(key: string, at: string): boolean;
}

/** Which articles each channel has been sent, so no article reaches a channel twice. */
export interface SentArticleLedger {
  /** The subset of `articleIds` already sent to `channel`. */
  sentArticles(channel: ChannelRef, articleIds: string[]): Set<string>;
}

/**
 * Everything Sitrep keeps between restarts: subscriptions (daily briefings and weekly gaps
 * posts), their runs, the sent-article ledger, feed state and items, and when each article
 * was first seen. Synchronous, because the SQLite driver is; implementations: `SqliteStore`
 * (data/sitrep.db), `PostgresStore` (shared by replicas) and `MemoryStore`.
 */
export interface SitrepStore
  extends SubscriptionStore,
    GapsSubscriptionStore,
    DigestRunStore,
    SentArticleLedger,
    FeedStore,
    ArticleSeenStore,
    EventKeyStore {
  /**
   * True when other processes (replicas) share this store: a `claimed` run may be orphaned at
   * any moment, not only at start-up, so the scheduler looks for interrupted runs every tick.
   */
  readonly shared: boolean;
  /** This process's id among the replicas, for shared stores. */
  readonly replicaId?: number;
  /** Whether the store answers; a store without a server always does. */
  ping?(): boolean;
  close(): void;
}
