import type { ChannelRef } from '../../../src/bot/request.ts';
import { silentLogger } from '../../../src/logger.ts';
import { createDigestScheduler } from '../../../src/scheduler/scheduler.ts';
import type { ComposeGaps } from '../../../src/scheduler/types.ts';
import { MemoryStore } from '../../../src/store/memory-store.ts';
import type { SitrepStore } from '../../../src/store/sitrep-store.ts';
import type { GapsSubscription } from '../../../src/subscriptions/gaps-subscription.ts';
import type { Subscription } from '../../../src/subscriptions/subscription.ts';
import { gapsSubscription, subscription as subscriptionFor } from '../../store/store-contract.ts';
import { FakeKnowledge } from './fake-knowledge.ts';
import { FakePlatform } from './fake-platform.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface TestSchedulerOptions {
  store?: SitrepStore;
  start: string;
  /** Give the scheduler the platform's lookup by idempotency key (default true). */
  lookup?: boolean;
  graceMs?: number;
  /** Composes the weekly gaps posts (default: none are posted). */
  composeGaps?: ComposeGaps;
}

/**
 * A scheduler over a fake platform and knowledge base on a test clock. `restart()` replaces
 * the scheduler as a new process would (same store, fresh memory); `runUntil` ticks every minute.
 */
export function createTestScheduler({
  store = new MemoryStore(),
  start,
  lookup = true,
  graceMs,
  composeGaps,
}: TestSchedulerOptions) {
  let now = new Date(start);
  const clock = { now: () => new Date(now) };
  const platform = new FakePlatform(clock.now);
  const knowledge = new FakeKnowledge();
  const create = () =>
    createDigestScheduler({
      store,
      compose: knowledge.compose,
      composeGaps,
      deliver: platform.deliver,
      findDelivery: lookup ? platform.findDelivery : undefined,
      logger: silentLogger,
      clock,
      graceMs,
    });
  const harness = {
    store,
    platform,
    knowledge,
    clock,
    scheduler: create(),
    restart() {
      harness.scheduler = create();
    },
    at(time: string | Date) {
      now = new Date(time);
      return now;
    },
    tick(time?: string | Date) {
      if (time !== undefined) now = new Date(time);
      return harness.scheduler.runDue(new Date(now));
    },
    /** Ticks every minute from the current time up to (excluding) `end`. */
    async runUntil(end: string | Date) {
      const stop = new Date(end).getTime();
      for (let t = now.getTime(); t < stop; t += MINUTE) {
        now = new Date(t);
        await harness.scheduler.runDue(new Date(t));
      }
      now = new Date(stop);
    },
    subscribe(channel: ChannelRef, settings: Partial<Subscription> = {}): Subscription {
      const at = now.toISOString();
      const subscription = subscriptionFor(channel, { createdAt: at, updatedAt: at, ...settings });
      store.saveSubscription(subscription);
      return subscription;
    },
    subscribeGaps(channel: ChannelRef, settings: Partial<GapsSubscription> = {}): GapsSubscription {
      const at = now.toISOString();
      const subscription = gapsSubscription(channel, { createdAt: at, updatedAt: at, ...settings });
      store.saveGapsSubscription(subscription);
      return subscription;
    },
  };
  return harness;
}
