import { codeFor } from '../bot/command-syntax.ts';
import type { Reply } from '../replies/reply.ts';
import { formatLocal } from '../scheduler/format-local.ts';
import { nextRunAt } from '../scheduler/next-run.ts';
import type { DigestCommandContext } from './handle-digest-subcommand.ts';
import { parseSubscribeArgs } from './parse-subscribe-args.ts';
import { canChangeSchedule, scheduleChangeRefusal } from './permissions.ts';
import type { Subscription } from './subscription.ts';
import { subscriptionStamps } from './subscription-stamps.ts';

/**
 * Creates or changes the channel's subscription (re-enabling a paused one). A change keeps
 * `createdAt`, so the next digest still starts where the last one ended; a new subscription's
 * first digest covers at most the last 24 hours.
 */
export function subscribe(
  args: Record<string, string | undefined>,
  ctx: DigestCommandContext,
  now: Date,
): Reply {
  if (!canChangeSchedule(ctx.user)) return scheduleChangeRefusal('subscribe', ctx.channel.platform);
  const parsed = parseSubscribeArgs(args, ctx);
  if (!parsed.ok) {
    const { code, message, suggestions, example } = parsed.error;
    return {
      kind: 'error',
      code,
      message: `${message} Example: ${codeFor(ctx.channel.platform, example)}`,
      suggestions,
    };
  }
  const existing = ctx.store.getSubscription(ctx.channel);
  const subscription: Subscription = {
    ...parsed.value,
    ...subscriptionStamps(ctx.channel, ctx.user.id, existing, now.toISOString()),
  };
  ctx.store.saveSubscription(subscription);
  const next = nextRunAt(subscription, now).at;
  const days = subscription.weekdaysOnly ? 'Monday to Friday' : 'daily';
  const topics = subscription.topics.length > 0 ? subscription.topics.join(', ') : 'all topics';
  return {
    kind: 'notice',
    title: existing ? 'Daily briefing updated' : 'Daily briefing on',
    lines: [
      `This channel gets the briefing ${days} at ${subscription.time} ${subscription.timezone} (${topics}).`,
      `Next: ${formatLocal(next, subscription.timezone)}.`,
      subscription.quietWhenEmpty
        ? 'On days with nothing new, nothing is posted.'
        : 'On days with nothing new, a short “nothing new” line is posted.',
    ],
  };
}

export function unsubscribe(ctx: DigestCommandContext): Reply {
  if (!canChangeSchedule(ctx.user)) return scheduleChangeRefusal('unsubscribe', ctx.channel.platform);
  const removed = ctx.store.removeSubscription(ctx.channel);
  return {
    kind: 'notice',
    title: 'Daily briefing',
    lines: removed
      ? [
          `This channel no longer gets the daily briefing. ${codeFor(ctx.channel.platform, 'digest subscribe')} turns it back on.`,
        ]
      : ['This channel had no daily briefing, so there was nothing to stop.'],
  };
}
