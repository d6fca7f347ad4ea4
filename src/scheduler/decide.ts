import type { DigestRun } from '../store/sitrep-store.ts';
import type { Subscription } from '../subscriptions/subscription.ts';
import { nextRunAt, type Occurrence, previousRunAt } from './next-run.ts';

export type Decision =
  /** Post the briefing for `occurrence` now. */
  | { action: 'run'; occurrence: Occurrence }
  /** Nothing to do before `until` (undefined: look again at the next tick). */
  | { action: 'wait'; until?: Date; reason: string };

/**
 * Whether an enabled subscription's briefing is due at `now`. Only the latest scheduled time
 * counts, so a bot that was down for days posts one digest, not one per day missed; it counts
 * while it is at most `graceMs` old and was scheduled after the schedule was set.
 * `runFor` reads the run recorded for a local day, if any.
 */
export function decide(
  subscription: Subscription,
  now: Date,
  graceMs: number,
  runFor: (occurrence: Occurrence) => DigestRun | undefined,
): Decision {
  const next = nextRunAt(subscription, now).at;
  const latest = previousRunAt(subscription, now);
  if (!latest || latest.at.toISOString() < subscription.updatedAt) {
    return { action: 'wait', until: next, reason: 'not scheduled yet' };
  }
  if (now.getTime() - latest.at.getTime() > graceMs) {
    return { action: 'wait', until: next, reason: 'missed beyond the grace period' };
  }
  const run = runFor(latest);
  if (!run) return { action: 'run', occurrence: latest };
  if (run.status === 'claimed') return { action: 'wait', reason: 'being posted' };
  if (run.status === 'failed' && run.failure?.kind === 'transient') {
    const retryAt = new Date(run.failure.nextAttemptAt ?? run.failure.at);
    if (retryAt <= now) return { action: 'run', occurrence: latest };
    return { action: 'wait', until: retryAt < next ? retryAt : next, reason: 'waiting to retry' };
  }
  return { action: 'wait', until: next, reason: `already ${run.status}` };
}
