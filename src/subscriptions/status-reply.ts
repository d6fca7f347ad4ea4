import { codeFor, commandAs } from '../bot/command-syntax.ts';
import type { Platform } from '../bot/request.ts';
import type { NoticeReply } from '../replies/reply.ts';
import { formatLocal } from '../scheduler/format-local.ts';
import type { DigestRun } from '../store/sitrep-store.ts';
import { plural } from '../text/plural.ts';
import { nextOrPausedLine } from './next-or-paused.ts';
import type { Subscription } from './subscription.ts';

/**
 * `/digest status`: the schedule, the next run in the channel's local time, the last run and
 * what it sent, and the last failure. `runs` are the channel's latest runs, newest first.
 */
export function statusReply(
  subscription: Subscription | undefined,
  runs: DigestRun[],
  now: Date,
  defaultTimezone: string,
  platform: Platform,
): NoticeReply {
  const zone = subscription?.timezone ?? defaultTimezone;
  const lines = subscription ? scheduleLines(subscription, now) : notSubscribedLines(platform);
  const scheduled = runs.filter((run) => run.trigger === 'schedule');
  const last = scheduled[0];
  if (last) lines.push(`Last briefing: ${describeRun(last, zone)}`);
  const lastManual = runs.find((run) => run.trigger === 'manual');
  if (lastManual) lines.push(`Last ${commandAs(platform, 'digest now')}: ${describeRun(lastManual, zone)}`);
  const failure = scheduled.find((run) => run.failure && run.status !== 'claimed');
  if (failure?.failure && failure !== last) {
    lines.push(
      `Last problem: ${formatLocal(new Date(failure.failure.at), zone)}, ${failure.failure.message}.`,
    );
  }
  return { kind: 'notice', title: 'Daily briefing', lines, private: true };
}

function notSubscribedLines(platform: Platform): string[] {
  const example = {
    text: 'digest subscribe 08:00 Europe/Brussels',
    discord: 'digest subscribe time:08:00 timezone:Europe/Brussels',
  };
  return [
    'This channel has no daily briefing.',
    `Start one with ${codeFor(platform, example)} (time, time zone and topics are optional).`,
  ];
}

function scheduleLines(subscription: Subscription, now: Date): string[] {
  const days = subscription.weekdaysOnly ? 'Monday to Friday' : 'every day';
  const topics = subscription.topics.length > 0 ? subscription.topics.join(', ') : 'all topics';
  const empty = subscription.quietWhenEmpty ? 'nothing is posted' : 'a short “nothing new” line is posted';
  return [
    `Schedule: ${subscription.time} ${subscription.timezone}, ${days}, ${topics}. On days with nothing new, ${empty}.`,
    nextOrPausedLine(subscription, now),
  ];
}

function describeRun(run: DigestRun, zone: string): string {
  const when = formatLocal(new Date(run.sentAt ?? run.claimedAt), zone);
  const count = run.articleIds.length;
  switch (run.status) {
    case 'sent':
      if (count > 0) return `${when}, sent “${run.headline ?? 'the digest'}” (${plural(count, 'article')}).`;
      return run.messageIds.length > 0
        ? `${when}, posted “nothing new”.`
        : `${when}, nothing new, so nothing was posted.`;
    case 'claimed':
      return `${when}, being posted now.`;
    case 'unconfirmed':
      return (
        `${when}, unconfirmed: I stopped while posting and could not check whether it arrived, ` +
        'so I did not post it again. Its articles come again in the next briefing.'
      );
    case 'failed':
      return `${when}, not posted: ${run.failure?.message ?? 'unknown error'}. ${afterFailure(run, zone)}`;
  }
}

function afterFailure(run: DigestRun, zone: string): string {
  switch (run.failure?.kind) {
    case 'transient':
      return run.failure.nextAttemptAt
        ? `Retrying from ${formatLocal(new Date(run.failure.nextAttemptAt), zone)} while the briefing is due; its articles are kept for the next one otherwise.`
        : 'Its articles are kept for the next briefing.';
    case 'forbidden':
      return 'Please give me permission to post here; I will try again at the next briefing, with these articles.';
    case 'gone':
      return 'The channel is gone, so the briefing is paused.';
    default:
      return 'Its articles are kept for the next briefing.';
  }
}
