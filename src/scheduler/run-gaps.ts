import { type GapsSubscription, gapsRunKey } from '../subscriptions/gaps-subscription.ts';
import { decide } from './decide.ts';
import { executeRun, type RunOutcome } from './execute-run.ts';
import type { Occurrence } from './next-run.ts';
import { DEFAULT_GRACE_MS, type SchedulerDeps } from './types.ts';

const WEEK_MS = 7 * 24 * 60 * 60_000;

/**
 * Posts the channel's weekly unanswered questions when they are due, through the same claim,
 * delivery and recovery as the daily briefing: the run key is `platform:channel:gaps:YYYY-Www`
 * (the ISO week of the channel's local date), so each channel gets at most one per week.
 * The post covers the 7 days before it. Returns undefined, after calling `wait` with the next
 * time worth looking again, when nothing is due.
 */
export async function runGapsIfDue(
  deps: SchedulerDeps,
  inFlight: Set<string>,
  subscription: GapsSubscription,
  now: Date,
  wait: (until: Date) => void,
): Promise<RunOutcome | undefined> {
  if (!deps.composeGaps) return undefined;
  const { channel } = subscription;
  const runFor = (occurrence: Occurrence) => deps.store.getRun(gapsRunKey(channel, occurrence.localDay));
  const decision = decide(subscription, now, deps.graceMs ?? DEFAULT_GRACE_MS, runFor);
  if (decision.action === 'wait') {
    if (decision.until) wait(decision.until);
    return undefined;
  }
  const { occurrence } = decision;
  const plan = { since: new Date(now.getTime() - WEEK_MS), until: now, articleIds: [] };
  const post = deps.composeGaps(channel, plan);
  const claim = {
    key: gapsRunKey(channel, occurrence.localDay),
    channel,
    trigger: 'gaps' as const,
    localDay: occurrence.localDay,
    scheduledFor: occurrence.at.toISOString(),
    headline: post.headline,
  };
  return executeRun(deps, inFlight, { claim, plan, reply: post.reply }, now);
}
