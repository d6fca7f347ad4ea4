import type { DigestRun } from '../store/sitrep-store.ts';
import { nextRunAt, type Occurrence, previousRunAt, type Schedule } from './next-run.ts';

export type Decision =
  /** Post the briefing for `occurrence` now. */
  | { action: 'run'; occurrence: Occurrence }
  /** Nothing to do before `until` (undefined: look again at the next tick). */
  | { action: 'wait'; until?: Date; reason: string };

/**
 * Whether an enabled subscription's post (a daily briefing, a weekly gaps post) is due at
 * `now`. Only the latest scheduled time counts, so a bot that was down for days posts once,
 * not once per time missed; it counts while it is at most `graceMs` old and was scheduled
 * after the schedule was set (`updatedAt`). `runFor` reads the run recorded for an occurrence.
 */
export function decide(
  subscription: Schedule & { updatedAt: string },
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
