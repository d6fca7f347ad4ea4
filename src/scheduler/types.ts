import type { DeliveryReceipt } from '../bot/deliver.ts';
import type { ChannelRef } from '../bot/request.ts';
import type { Clock } from '../clock.ts';
import type { DigestWindow } from '../digest/window-articles.ts';
import type { Logger } from '../logger.ts';
import type { Digest, Reply } from '../replies/reply.ts';
import type { SitrepStore } from '../store/sitrep-store.ts';

/** Builds the digest for a window (the digest module's composeDigest over the knowledge base). */
export type ComposeDigest = (window: DigestWindow) => Digest;

/** A weekly post of the questions nobody could answer, and the line `gaps status` shows for it. */
export interface GapsPost {
  reply: Reply;
  headline: string;
}

/**
 * The unanswered questions of `window` as posted into `channel`: the wording only of questions
 * asked there, questions from other channels only as counts.
 */
export type ComposeGaps = (channel: ChannelRef, window: { since: Date; until: Date }) => GapsPost;

export interface DeliveryMeta {
  /**
   * `platform:channel:YYYY-MM-DD` for a scheduled digest, `platform:channel:gaps:YYYY-Www` for a
   * weekly gaps post; adapters may attach it to the post.
   */
  idempotencyKey: string;
}

/**
 * Posts a reply into a channel and resolves with what the platform confirmed; throws a
 * `DeliveryError` for expected failures. A plain `Deliver` from src/bot/deliver.ts fits; an
 * adapter that can find a post again later should attach `meta.idempotencyKey` to it.
 */
export type ScheduledDeliver = (
  channel: ChannelRef,
  reply: Reply,
  meta: DeliveryMeta,
) => Promise<DeliveryReceipt>;

/**
 * Asks the platform whether a post carrying `idempotencyKey` exists in the channel (undefined
 * when it does not). Optional: with it, a run interrupted between claim and confirmation is
 * either confirmed or posted again; without it, the run is reported "unconfirmed" and never
 * posted twice.
 */
export type FindDelivery = (
  channel: ChannelRef,
  idempotencyKey: string,
) => Promise<DeliveryReceipt | undefined>;

export interface SchedulerDeps {
  store: SitrepStore;
  compose: ComposeDigest;
  /** Without it, weekly gaps subscriptions are kept but nothing is posted for them. */
  composeGaps?: ComposeGaps;
  deliver: ScheduledDeliver;
  findDelivery?: FindDelivery;
  logger: Logger;
  /** Used for "sent at" and by the cron trigger; decisions use the `now` they are given. */
  clock: Clock;
  /**
   * How late a missed post may still be made (default 6 h); later, a briefing waits for the
   * next day and a weekly gaps post for the next week.
   */
  graceMs?: number;
}

export const DEFAULT_GRACE_MS = 6 * 60 * 60_000;
/** A channel's first digest covers at most this much: subscribing never dumps the whole archive. */
export const FIRST_WINDOW_MS = 24 * 60 * 60_000;
