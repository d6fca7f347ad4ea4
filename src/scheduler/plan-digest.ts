import type { ChannelRef } from '../bot/request.ts';
import { headlineOf } from '../digest/headline.ts';
import type { Digest, NoticeReply, Reply } from '../replies/reply.ts';
import type { SitrepStore } from '../store/sitrep-store.ts';
import { channelKey, type Subscription } from '../subscriptions/subscription.ts';
import { formatLocal } from './format-local.ts';
import { type ComposeDigest, FIRST_WINDOW_MS } from './types.ts';

/** What a channel's digest would post now, after removing what the channel was already sent. */
export interface DigestPlan {
  since: Date;
  until: Date;
  digest: Digest;
  articleIds: string[];
}

/**
 * Where the channel's next digest starts: the end of its last sent scheduled digest, so nothing
 * falls between two briefings. Before any was sent, the start of the subscription's first
 * attempt (so a first briefing that failed loses nothing), and for the very first attempt
 * 24 hours before `now`: subscribing never dumps the whole archive.
 */
export function windowStart(
  store: SitrepStore,
  channel: ChannelRef,
  subscription: Subscription | undefined,
  now: Date,
): Date {
  const firstStart = new Date(now.getTime() - FIRST_WINDOW_MS);
  if (!subscription) return firstStart;
  // Runs from before the current subscription belong to an earlier one: resubscribing after a
  // month must not post the whole month.
  const last = store.lastSentRun(channel, 'schedule');
  const start =
    last && last.claimedAt >= subscription.createdAt
      ? last.window.until
      : store.firstRun(channel, 'schedule', subscription.createdAt)?.window.since;
  if (!start) return firstStart;
  const since = new Date(start);
  return since > now ? now : since;
}

/**
 * The channel's next digest at `now`: composes the window from `windowStart` to `now` for the
 * subscription's topics and drops articles already sent to the channel, articles of a run being
 * posted to it right now (a `/digest now` racing the daily briefing), and repeats inside it.
 */
export function planDigest(
  store: SitrepStore,
  compose: ComposeDigest,
  channel: ChannelRef,
  subscription: Subscription | undefined,
  now: Date,
): DigestPlan {
  const since = windowStart(store, channel, subscription, now);
  const until = now;
  const wanted = subscription?.topics ?? [];
  const topics = wanted.length > 0 ? wanted : undefined;
  const digest = compose({ since, until, topics, by: 'added' });
  const candidates = digest.groups.flatMap((group) => group.items.map((item) => item.articleId));
  const excluded = store.sentArticles(channel, candidates);
  const key = channelKey(channel);
  for (const run of store.runsWithStatus('claimed')) {
    if (channelKey(run.channel) === key) for (const articleId of run.articleIds) excluded.add(articleId);
  }
  const groups = digest.groups
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => {
        if (excluded.has(item.articleId)) return false;
        excluded.add(item.articleId);
        return true;
      }),
    }))
    .filter((group) => group.items.length > 0);
  const articleIds = groups.flatMap((group) => group.items.map((item) => item.articleId));
  // The composed headline counted the dropped articles too.
  const headline = headlineOf(groups, since, wanted);
  return { since, until, digest: { ...digest, headline, groups }, articleIds };
}

/** The digest to post, the "nothing new" line, or nothing for a quiet subscription. */
export function replyFor(plan: DigestPlan, timezone: string, quietWhenEmpty: boolean): Reply | undefined {
  if (plan.articleIds.length > 0) return { kind: 'digest', digest: plan.digest };
  return quietWhenEmpty ? undefined : nothingNew(plan.since, timezone);
}

export function nothingNew(since: Date, timezone: string): NoticeReply {
  return {
    kind: 'notice',
    title: 'Daily briefing',
    lines: [`Nothing new since ${formatLocal(since, timezone)}.`],
  };
}
