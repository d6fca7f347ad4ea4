import { DeliveryError } from '../bot/deliver.ts';
import type { DigestRun } from '../store/sitrep-store.ts';
import { retryDelayMs } from './backoff.ts';
import { DEFAULT_GRACE_MS, type SchedulerDeps } from './types.ts';

export type Recovery = 'confirmed' | 'retry' | 'unconfirmed' | 'pending';

/**
 * Resolves runs left `claimed` by an earlier process, by a replica that died (the store hands
 * each such run to one replica only), or by a delivery that failed without saying how, never
 * posting a second digest for the same key:
 * - with `findDelivery`, a post found on the platform is recorded as sent (its articles enter
 *   the ledger); a post not found makes the run a transient failure, which `runDue` posts again
 *   while the briefing is within its grace period;
 * - without it, the run becomes `unconfirmed`: not posted again, shown in `/digest status`, and
 *   its articles stay out of the ledger, so the next digest carries them (at most one repeat,
 *   never a loss).
 * A lookup that fails for a passing reason (5xx, rate limit, network) leaves the run for the
 * next tick, until the grace period is over; one that cannot succeed (no permission to read
 * the channel, channel gone, no lookup for that platform) makes the run `unconfirmed` at once,
 * so a channel never stays claimed, and its articles never stay held back, for good.
 */
export async function recoverInterruptedRuns(
  deps: SchedulerDeps,
  inFlight: ReadonlySet<string>,
  now: Date,
): Promise<Map<string, Recovery>> {
  const results = new Map<string, Recovery>();
  for (const run of deps.store.interruptedRuns()) {
    if (inFlight.has(run.key)) continue;
    results.set(run.key, await recoverRun(deps, run, now));
  }
  return results;
}

async function recoverRun(deps: SchedulerDeps, run: DigestRun, now: Date): Promise<Recovery> {
  const at = now.toISOString();
  if (!deps.findDelivery) return markUnconfirmed(deps, run, at);
  try {
    const receipt = await deps.findDelivery(run.channel, run.key);
    if (receipt) {
      deps.store.markSent(run.key, { messageIds: receipt.messageIds, sentAt: at });
      deps.logger.info({ key: run.key }, 'interrupted digest run was posted; recorded as sent');
      return 'confirmed';
    }
    deps.store.markFailed(run.key, {
      kind: 'transient',
      message: 'interrupted before posting',
      at,
      // The first interruption is retried at once; repeated ones back off.
      nextAttemptAt: new Date(
        now.getTime() + (run.attempts > 1 ? retryDelayMs(run.attempts - 1) : 0),
      ).toISOString(),
    });
    deps.logger.info({ key: run.key }, 'interrupted digest run was not posted; it will be retried');
    return 'retry';
  } catch (error) {
    deps.logger.warn(
      { err: error, key: run.key },
      'could not check whether an interrupted digest was posted',
    );
    const isPassing = error instanceof DeliveryError && error.failure === 'transient';
    const isStale = now.getTime() - Date.parse(run.claimedAt) > (deps.graceMs ?? DEFAULT_GRACE_MS);
    return isPassing && !isStale ? 'pending' : markUnconfirmed(deps, run, at);
  }
}

function markUnconfirmed(deps: SchedulerDeps, run: DigestRun, at: string): Recovery {
  deps.store.markUnconfirmed(run.key, at);
  deps.logger.warn({ key: run.key }, 'digest run interrupted before confirmation; not posting it again');
  return 'unconfirmed';
}
