import { DeliveryError } from '../bot/deliver.ts';
import type { ChannelRef } from '../bot/request.ts';
import type { Reply } from '../replies/reply.ts';
import type { DigestRun, RunClaim, RunFailure } from '../store/sitrep-store.ts';
import { retryDelayMs } from './backoff.ts';
import type { SchedulerDeps } from './types.ts';

export type RunOutcome =
  /** Posted and confirmed (`quiet`: an empty window on a quiet subscription, nothing posted). */
  | { status: 'sent' | 'quiet'; run: DigestRun }
  | { status: 'failed'; run: DigestRun; failure: RunFailure }
  /** The delivery threw something that does not say whether it posted; recovery decides. */
  | { status: 'unknown'; run: DigestRun }
  /** Another attempt holds the key: nothing was posted by this one. */
  | { status: 'taken'; key: string };

/** What a run covers: its window and the articles it carries (none for a gaps post). */
export interface RunPlan {
  since: Date;
  until: Date;
  articleIds: string[];
}

export interface RunRequest {
  /** `headline`: what status replies say was sent ("3 new articles", "2 unanswered questions"). */
  claim: Omit<RunClaim, 'window' | 'articleIds' | 'claimedAt'>;
  plan: RunPlan;
  /** Undefined posts nothing (a quiet day) but still records the run, so the window moves on. */
  reply: Reply | undefined;
}

/**
 * Claims the run, then posts, then records the outcome: the claim is committed before anything
 * is posted, so a crash in between leaves a `claimed` run that recovery resolves without a
 * second post. `inFlight` holds the keys this process is posting right now.
 */
export async function executeRun(
  deps: SchedulerDeps,
  inFlight: Set<string>,
  { claim, plan, reply }: RunRequest,
  now: Date,
): Promise<RunOutcome> {
  const run = deps.store.claimRun({
    ...claim,
    window: { since: plan.since.toISOString(), until: plan.until.toISOString() },
    articleIds: plan.articleIds,
    claimedAt: now.toISOString(),
  });
  if (!run) return { status: 'taken', key: claim.key };
  if (!reply) {
    deps.store.markSent(run.key, { messageIds: [], sentAt: now.toISOString() });
    return { status: 'quiet', run };
  }
  inFlight.add(run.key);
  try {
    const earlier = await earlierDelivery(deps, run);
    if (earlier) {
      deps.store.markSent(run.key, {
        messageIds: earlier.messageIds,
        sentAt: deps.clock.now().toISOString(),
      });
      deps.logger.info(
        { key: run.key },
        'an earlier attempt of this digest was posted after all; recorded as sent',
      );
      return { status: 'sent', run };
    }
    const receipt = await deps.deliver(run.channel, reply, { idempotencyKey: run.key });
    deps.store.markSent(run.key, { messageIds: receipt.messageIds, sentAt: deps.clock.now().toISOString() });
    deps.logger.info(
      { key: run.key, articles: run.articleIds.length },
      run.trigger === 'gaps' ? 'weekly gaps post posted' : 'digest posted',
    );
    return { status: 'sent', run };
  } catch (error) {
    return settleFailure(deps, run, error, now);
  } finally {
    inFlight.delete(run.key);
  }
}

/**
 * A retry first looks for the post of an earlier attempt: a platform can accept a post and
 * lose the answer (a timeout), and posting again blind would show the briefing twice. When the
 * lookup itself fails, the retry fails too (transient), rather than risk a second post.
 */
async function earlierDelivery(deps: SchedulerDeps, run: DigestRun) {
  if (run.attempts <= 1 || !deps.findDelivery) return undefined;
  try {
    return await deps.findDelivery(run.channel, run.key);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DeliveryError('transient', `could not check whether an earlier attempt was posted: ${detail}`);
  }
}

function settleFailure(deps: SchedulerDeps, run: DigestRun, error: unknown, now: Date): RunOutcome {
  if (!(error instanceof DeliveryError)) {
    // It may have posted before failing: leave the run claimed for recovery to confirm.
    deps.logger.error({ err: error, key: run.key }, 'digest delivery failed in an unexpected way');
    return { status: 'unknown', run };
  }
  const failure: RunFailure = { kind: error.failure, message: error.message, at: now.toISOString() };
  if (error.failure === 'transient') {
    failure.nextAttemptAt = new Date(now.getTime() + retryDelayMs(run.attempts)).toISOString();
  }
  deps.store.markFailed(run.key, failure);
  if (error.failure === 'gone') disableChannel(deps, run.channel, error.message, now);
  deps.logger.warn({ key: run.key, failure }, 'digest delivery failed');
  return { status: 'failed', run, failure };
}

/** A deleted channel, or one the bot was removed from, stops being scheduled: briefing and gaps post. */
function disableChannel(deps: SchedulerDeps, channel: ChannelRef, reason: string, now: Date): void {
  const disabledReason = `${reason} (${now.toISOString().slice(0, 10)})`;
  const subscription = deps.store.getSubscription(channel);
  if (subscription?.enabled) deps.store.saveSubscription({ ...subscription, enabled: false, disabledReason });
  const gaps = deps.store.getGapsSubscription(channel);
  if (gaps?.enabled) deps.store.saveGapsSubscription({ ...gaps, enabled: false, disabledReason });
}
