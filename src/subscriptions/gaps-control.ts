import type { Clock } from '../clock.ts';
import type { GapsScheduleAction } from '../commands/gaps-action.ts';
import type { GapsControl } from '../commands/services.ts';
import type { DigestRunStore, GapsSubscriptionStore } from '../store/sitrep-store.ts';
import { gapsStatusReply } from './gaps-status-reply.ts';
import { subscribeGaps, unsubscribeGaps } from './gaps-subscribe.ts';

/** How many of the channel's latest runs `gaps status` looks through for its last gaps post. */
const RUNS_LOOKED_AT = 50;

export interface GapsControlOptions {
  store: GapsSubscriptionStore & DigestRunStore;
  /** The configured zone (DIGEST_TIMEZONE) for `gaps subscribe` without one. */
  defaultTimezone: string;
  /** Defaults to the command context's clock. */
  clock?: Clock;
}

/**
 * The `gapsSchedule` service the `gaps` command hands `subscribe|unsubscribe|status` to. The
 * posts themselves go out through the briefing scheduler (`runGapsIfDue`).
 */
export function createGapsControl(options: GapsControlOptions): GapsControl {
  return {
    handle(action: GapsScheduleAction, args, context) {
      const now = (options.clock ?? context.clock).now();
      const ctx = {
        store: options.store,
        channel: context.channel,
        user: context.user,
        defaultTimezone: options.defaultTimezone,
      };
      switch (action) {
        case 'subscribe':
          return subscribeGaps(args, ctx, now);
        case 'unsubscribe':
          return unsubscribeGaps(ctx);
        case 'status': {
          const last = options.store
            .latestRuns(context.channel, RUNS_LOOKED_AT)
            .find((run) => run.trigger === 'gaps');
          return gapsStatusReply(
            options.store.getGapsSubscription(context.channel),
            last,
            now,
            options.defaultTimezone,
            context.channel.platform,
          );
        }
      }
    },
  };
}
