import cron, { type ScheduledTask } from 'node-cron';
import type { ChannelRef } from '../bot/request.ts';
import { channelKey } from '../subscriptions/subscription.ts';
import { executeRun, type RunOutcome } from './execute-run.ts';
import { type DigestPlan, planDigest } from './plan-digest.ts';
import { createSchedulerState, runDue, type TickReport } from './run-due.ts';
import type { SchedulerDeps } from './types.ts';
import { localDay } from './zoned-time.ts';

export type ManualPostResult =
  | RunOutcome
  /** Nothing new for this channel since `since`: nothing was posted. */
  | { status: 'empty'; since: Date };

/** The daily-briefing scheduler of one process. Create one per database. */
export interface DigestScheduler {
  /** One tick: recover interrupted runs, then post what is due at `now` (default: the clock). */
  runDue(now?: Date): Promise<TickReport>;
  /**
   * Posts the channel's briefing so far (`/digest now`): what its next scheduled digest would
   * carry at this moment, minus what it was already sent. The schedule is unchanged; the
   * articles enter the ledger, so the next scheduled digest does not repeat them.
   */
  postNow(channel: ChannelRef, now?: Date): Promise<ManualPostResult>;
  /** What `postNow` would post, without posting or recording anything (`/digest preview`). */
  preview(channel: ChannelRef, now?: Date): DigestPlan;
  /** Ticks every minute (and once at once, to catch up after downtime). */
  start(): void;
  /** Stops ticking; resolves when a tick in progress (a briefing being posted) has finished. */
  stop(): Promise<void>;
}

/**
 * node-cron only triggers; the decisions are `runDue`'s. One tick a minute serves every
 * channel's time zone and DST rules, catch-up and retries, and picks up subscription changes
 * without re-registering jobs; a tick that finds nothing due costs one query.
 */
export function createDigestScheduler(deps: SchedulerDeps): DigestScheduler {
  const state = createSchedulerState();
  let task: ScheduledTask | undefined;
  let ticking: Promise<void> | undefined;

  const tick = async () => {
    if (ticking) return;
    ticking = (async () => {
      try {
        await runDue(deps, state, deps.clock.now());
      } catch (error) {
        deps.logger.error({ err: error }, 'digest scheduler tick failed');
      } finally {
        ticking = undefined;
      }
    })();
    await ticking;
  };

  const preview = (channel: ChannelRef, now = deps.clock.now()): DigestPlan => {
    return planDigest(deps.store, deps.compose, channel, deps.store.getSubscription(channel), now);
  };

  return {
    runDue: (now = deps.clock.now()) => runDue(deps, state, now),
    preview,
    async postNow(channel, now = deps.clock.now()) {
      const plan = preview(channel, now);
      if (plan.articleIds.length === 0) return { status: 'empty', since: plan.since };
      const zone = deps.store.getSubscription(channel)?.timezone ?? 'UTC';
      const claim = {
        key: `${channelKey(channel)}:now:${now.toISOString()}`,
        channel,
        trigger: 'manual' as const,
        localDay: localDay(now, zone),
        headline: plan.digest.headline,
      };
      const reply = { kind: 'digest' as const, digest: plan.digest };
      const outcome = await executeRun(deps, state.inFlight, { claim, plan, reply }, now);
      if (outcome.status === 'unknown') state.needsRecovery = true;
      return outcome;
    },
    start() {
      if (task) return;
      task = cron.schedule('* * * * *', tick, { name: 'sitrep-digests', noOverlap: true });
      void tick();
    },
    async stop() {
      void task?.destroy();
      task = undefined;
      await ticking;
    },
  };
}
