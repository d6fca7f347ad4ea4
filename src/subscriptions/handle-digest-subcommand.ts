import type { ChannelRef, UserRef } from '../bot/request.ts';
import type { Clock } from '../clock.ts';
import { unknownDigestAction } from '../commands/digest-action.ts';
import type { Reply } from '../replies/reply.ts';
import { nothingNew, planDigest } from '../scheduler/plan-digest.ts';
import type { DigestScheduler } from '../scheduler/scheduler.ts';
import type { ComposeDigest } from '../scheduler/types.ts';
import type { SitrepStore } from '../store/sitrep-store.ts';
import { postNowReply } from './post-now-reply.ts';
import { statusReply } from './status-reply.ts';
import { subscribe, unsubscribe } from './subscribe.ts';

export const DIGEST_SUBCOMMANDS = ['subscribe', 'unsubscribe', 'status', 'now', 'preview'] as const;
export type DigestSubcommand = (typeof DIGEST_SUBCOMMANDS)[number];

export interface DigestCommandContext {
  store: SitrepStore;
  /** Posts `/digest now` with the scheduled path's claim and ledger; without it, `now` replies in place. */
  scheduler?: DigestScheduler;
  channel: ChannelRef;
  user: UserRef;
  clock: Clock;
  compose: ComposeDigest;
  /** The configured default zone and time, and the topics the knowledge base has. */
  defaultTimezone: string;
  defaultTime?: string;
  knownTopics: readonly string[];
}

/**
 * Answers `/digest subscribe|unsubscribe|status|now|preview` in a channel.
 * - subscribe / unsubscribe: need `user.canManageChannel`; others get `digest.forbidden`.
 * - status: private; the schedule, next run (channel's local time), last run and last failure.
 * - now: with a scheduler, posts the briefing so far into the channel through the scheduler
 *   (claim, delivery, ledger; the schedule is unchanged) and answers privately; without one,
 *   returns the digest to post in place (not recorded, so the next briefing may repeat it).
 * - preview: the briefing so far, as a private digest; nothing is posted or recorded.
 * `args.options` holds free text; Discord/Slack named options may be given as fields.
 */
export async function handleDigestSubcommand(
  action: string,
  args: Record<string, string | undefined>,
  ctx: DigestCommandContext,
): Promise<Reply> {
  const now = ctx.clock.now();
  switch (action.trim().toLowerCase()) {
    case 'subscribe':
      return subscribe(args, ctx, now);
    case 'unsubscribe':
      return unsubscribe(ctx);
    case 'status':
      return statusReply(
        ctx.store.getSubscription(ctx.channel),
        ctx.store.latestRuns(ctx.channel, 20),
        now,
        ctx.defaultTimezone,
        ctx.channel.platform,
      );
    case 'now':
      return ctx.scheduler
        ? postNowReply(await ctx.scheduler.postNow(ctx.channel, now), ctx)
        : preview(ctx, now, false);
    case 'preview':
      return preview(ctx, now, true);
    default:
      return unknownDigestAction(action, ctx.channel.platform);
  }
}

function preview(ctx: DigestCommandContext, now: Date, isPrivate: boolean): Reply {
  const subscription = ctx.store.getSubscription(ctx.channel);
  const plan = planDigest(ctx.store, ctx.compose, ctx.channel, subscription, now);
  const zone = subscription?.timezone ?? ctx.defaultTimezone;
  if (plan.articleIds.length === 0) return { ...nothingNew(plan.since, zone), private: isPrivate };
  return { kind: 'digest', digest: plan.digest, private: isPrivate };
}
