import { codeFor } from '../bot/command-syntax.ts';
import type { ChannelRef, UserRef } from '../bot/request.ts';
import type { ErrorReply, Reply } from '../replies/reply.ts';
import { formatLocal } from '../scheduler/format-local.ts';
import { nextRunAt } from '../scheduler/next-run.ts';
import type { GapsSubscriptionStore } from '../store/sitrep-store.ts';
import { type GapsSubscription, WEEKDAY_NAMES } from './gaps-subscription.ts';
import { GAPS_SUBSCRIBE_EXAMPLE, type GapsScheduleFields, parseGapsSchedule } from './parse-gaps-schedule.ts';
import { subscriptionStamps } from './subscription-stamps.ts';

export interface GapsCommandContext {
  store: GapsSubscriptionStore;
  channel: ChannelRef;
  user: UserRef;
  /** The configured zone (DIGEST_TIMEZONE), used when none is given. */
  defaultTimezone: string;
}

/**
 * Starts or changes the channel's weekly post of unanswered questions (re-enabling a paused
 * one). Admins only: the post shows what this channel asked and could not get answered.
 */
export function subscribeGaps(fields: GapsScheduleFields, ctx: GapsCommandContext, now: Date): Reply {
  if (ctx.user.isAdmin !== true) return refusal('subscribe', ctx.channel);
  const parsed = parseGapsSchedule(fields, ctx.defaultTimezone);
  if (!parsed.ok) {
    const { code, message, suggestions } = parsed.error;
    return {
      kind: 'error',
      code,
      message: `${message} Example: ${codeFor(ctx.channel.platform, GAPS_SUBSCRIBE_EXAMPLE)}`,
      ...(suggestions ? { suggestions } : {}),
    };
  }
  const existing = ctx.store.getGapsSubscription(ctx.channel);
  const subscription: GapsSubscription = {
    ...parsed.value,
    ...subscriptionStamps(ctx.channel, ctx.user.id, existing, now.toISOString()),
  };
  ctx.store.saveGapsSubscription(subscription);
  const next = nextRunAt(subscription, now).at;
  return {
    kind: 'notice',
    title: existing ? 'Weekly unanswered questions updated' : 'Weekly unanswered questions on',
    lines: [
      `Every ${WEEKDAY_NAMES[subscription.weekday]} at ${subscription.time} ${subscription.timezone}, this channel gets the questions nobody could answer in the past 7 days.`,
      `Next: ${formatLocal(next, subscription.timezone)}.`,
      'Questions asked in this channel are shown with their wording; those from other channels only as counts.',
    ],
  };
}

export function unsubscribeGaps(ctx: GapsCommandContext): Reply {
  if (ctx.user.isAdmin !== true) return refusal('unsubscribe', ctx.channel);
  const removed = ctx.store.removeGapsSubscription(ctx.channel);
  return {
    kind: 'notice',
    title: 'Weekly unanswered questions',
    lines: removed
      ? [
          `This channel no longer gets the weekly unanswered questions. ${codeFor(ctx.channel.platform, 'gaps subscribe')} turns them back on.`,
        ]
      : ['This channel had no weekly post of unanswered questions, so there was nothing to stop.'],
  };
}

function refusal(action: 'subscribe' | 'unsubscribe', channel: ChannelRef): ErrorReply {
  const what = action === 'subscribe' ? 'set up or change' : 'stop';
  return {
    kind: 'error',
    code: 'gaps.forbidden',
    message:
      `Sorry, only admins (Slack workspace admins or SLACK_DIGEST_ADMINS; Discord: Manage Server) can ${what} ` +
      `the weekly post of unanswered questions. Anyone can see it with ${codeFor(channel.platform, 'gaps status')}.`,
  };
}
