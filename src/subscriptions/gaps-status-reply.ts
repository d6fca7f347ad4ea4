import { codeFor } from '../bot/command-syntax.ts';
import type { Platform } from '../bot/request.ts';
import type { NoticeReply } from '../replies/reply.ts';
import { formatLocal } from '../scheduler/format-local.ts';
import type { DigestRun } from '../store/sitrep-store.ts';
import { type GapsSubscription, WEEKDAY_NAMES } from './gaps-subscription.ts';
import { nextOrPausedLine } from './next-or-paused.ts';
import { GAPS_SUBSCRIBE_EXAMPLE } from './parse-gaps-schedule.ts';

/**
 * `gaps status`: the weekly schedule, the next post in the channel's local time, and the last
 * post and what happened to it. `last` is the channel's latest gaps run, if any.
 */
export function gapsStatusReply(
  subscription: GapsSubscription | undefined,
  last: DigestRun | undefined,
  now: Date,
  defaultTimezone: string,
  platform: Platform,
): NoticeReply {
  const zone = subscription?.timezone ?? defaultTimezone;
  const lines = subscription
    ? scheduleLines(subscription, now)
    : [
        'This channel has no weekly post of unanswered questions.',
        `Admins can start one with ${codeFor(platform, GAPS_SUBSCRIBE_EXAMPLE)} (weekday, time and time zone are optional; Monday 09:00 by default).`,
      ];
  if (last) lines.push(`Last post: ${describeRun(last, zone)}`);
  return { kind: 'notice', title: 'Weekly unanswered questions', lines, private: true };
}

function scheduleLines(subscription: GapsSubscription, now: Date): string[] {
  return [
    `Schedule: ${WEEKDAY_NAMES[subscription.weekday]}s at ${subscription.time} ${subscription.timezone}.`,
    nextOrPausedLine(subscription, now),
  ];
}

function describeRun(run: DigestRun, zone: string): string {
  const when = formatLocal(new Date(run.sentAt ?? run.claimedAt), zone);
  switch (run.status) {
    case 'sent':
      return `${when}, posted “${run.headline ?? 'the unanswered questions'}”`;
    case 'claimed':
      return `${when}, being posted now.`;
    case 'unconfirmed':
      return `${when}, unconfirmed: I stopped while posting and could not check whether it arrived, so I did not post it again.`;
    case 'failed':
      return `${when}, not posted: ${run.failure?.message ?? 'unknown error'}. ${afterFailure(run, zone)}`;
  }
}

function afterFailure(run: DigestRun, zone: string): string {
  switch (run.failure?.kind) {
    case 'transient':
      return run.failure.nextAttemptAt
        ? `Retrying from ${formatLocal(new Date(run.failure.nextAttemptAt), zone)} while the post is due.`
        : 'It comes again next week.';
    case 'forbidden':
      return 'Please give me permission to post here; I will try again next week.';
    case 'gone':
      return 'The channel is gone, so the weekly post is paused.';
    default:
      return 'It comes again next week.';
  }
}
