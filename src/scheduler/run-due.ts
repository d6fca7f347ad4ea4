import type { ChannelRef } from '../bot/request.ts';
import type { GapsSubscription } from '../subscriptions/gaps-subscription.ts';
import type { Subscription } from '../subscriptions/subscription.ts';
import { channelKey, scheduledRunKey } from '../subscriptions/subscription.ts';
import { decide } from './decide.ts';
import { executeRun, type RunOutcome } from './execute-run.ts';
import type { Occurrence } from './next-run.ts';
import { planDigest, replyFor } from './plan-digest.ts';
import { type Recovery, recoverInterruptedRuns } from './recover.ts';
import { runGapsIfDue } from './run-gaps.ts';
import { DEFAULT_GRACE_MS, type SchedulerDeps } from './types.ts';

/** What one process remembers between ticks; a restart starts with an empty one. */
export interface SchedulerState {
  /** Keys this process is posting right now; any other `claimed` run was interrupted. */
  inFlight: Set<string>;
  /**
   * Per channel (`gaps:`-prefixed for its weekly gaps post): nothing to do before `until`,
   * valid while the subscription is unchanged.
   */
  waits: Map<string, { updatedAt: string; until: number }>;
  /** The subscriptions as of `revision`, reloaded when the store's revision changes. */
  subscriptions: Subscription[];
  gapsSubscriptions: GapsSubscription[];
  revision?: string;
  /**
   * Whether `claimed` runs may need recovery: at start-up (a previous process may have died
   * mid-delivery), after a delivery with an unknown outcome, and while a lookup is pending.
   */
  needsRecovery: boolean;
}

export function createSchedulerState(): SchedulerState {
  return {
    inFlight: new Set(),
    waits: new Map(),
    subscriptions: [],
    gapsSubscriptions: [],
    needsRecovery: true,
  };
}

export interface TickReport {
  recovered: Map<string, Recovery>;
  outcomes: RunOutcome[];
}

/**
 * One scheduler tick: resolves interrupted runs, then posts every briefing and weekly gaps post
 * that is due at `now`. Each channel gets at most one scheduled digest per local day (the run
 * key is `platform:channel:YYYY-MM-DD`), covering everything added since its last sent digest,
 * and at most one gaps post per week (`platform:channel:gaps:YYYY-Www`).
 */
export async function runDue(deps: SchedulerDeps, state: SchedulerState, now: Date): Promise<TickReport> {
  // Replicas die at any moment, not only before this process started: a shared store is checked every tick.
  const recover = state.needsRecovery || deps.store.shared;
  let recovered = new Map<string, Recovery>();
  try {
    if (recover) recovered = await recoverInterruptedRuns(deps, state.inFlight, now);
    state.needsRecovery = [...recovered.values()].includes('pending');
  } catch (error) {
    // A failed look (a database hiccup) must not stop due briefings; the next tick looks again.
    deps.logger.error({ err: error }, 'could not resolve interrupted digest runs');
    state.needsRecovery = true;
  }
  const outcomes: RunOutcome[] = [];
  refreshSubscriptions(deps, state);
  for (const subscription of state.subscriptions) {
    await runEnabled(deps, state, outcomes, subscription, now, {
      waitKey: channelKey(subscription.channel),
      what: 'digest',
      run: () => runIfDue(deps, state, subscription, now),
    });
  }
  for (const subscription of state.gapsSubscriptions) {
    const waitKey = `gaps:${channelKey(subscription.channel)}`;
    await runEnabled(deps, state, outcomes, subscription, now, {
      waitKey,
      what: 'gaps',
      run: () =>
        runGapsIfDue(deps, state.inFlight, subscription, now, (until) =>
          state.waits.set(waitKey, { updatedAt: subscription.updatedAt, until: until.getTime() }),
        ),
    });
  }
  return { recovered, outcomes };
}

/** Runs one enabled subscription's check, unless it is known to wait; a failure stays with its channel. */
async function runEnabled(
  deps: SchedulerDeps,
  state: SchedulerState,
  outcomes: RunOutcome[],
  subscription: { channel: ChannelRef; enabled: boolean; updatedAt: string },
  now: Date,
  check: { waitKey: string; what: string; run: () => Promise<RunOutcome | undefined> },
): Promise<void> {
  if (!subscription.enabled || isWaiting(state, check.waitKey, subscription.updatedAt, now)) return;
  try {
    const outcome = await check.run();
    if (outcome) outcomes.push(outcome);
    if (outcome?.status === 'unknown') state.needsRecovery = true;
  } catch (error) {
    deps.logger.error(
      { err: error, channel: channelKey(subscription.channel) },
      `${check.what} tick failed for channel`,
    );
  }
}

async function runIfDue(
  deps: SchedulerDeps,
  state: SchedulerState,
  subscription: Subscription,
  now: Date,
): Promise<RunOutcome | undefined> {
  const graceMs = deps.graceMs ?? DEFAULT_GRACE_MS;
  const runFor = (occurrence: Occurrence) =>
    deps.store.getRun(scheduledRunKey(subscription.channel, occurrence.localDay));
  const decision = decide(subscription, now, graceMs, runFor);
  if (decision.action === 'wait') {
    if (decision.until) {
      state.waits.set(channelKey(subscription.channel), {
        updatedAt: subscription.updatedAt,
        until: decision.until.getTime(),
      });
    }
    return undefined;
  }
  return runScheduled(deps, state, subscription, decision.occurrence, now);
}

function runScheduled(
  deps: SchedulerDeps,
  state: SchedulerState,
  subscription: Subscription,
  occurrence: Occurrence,
  now: Date,
): Promise<RunOutcome> {
  const { channel } = subscription;
  const plan = planDigest(deps.store, deps.compose, channel, subscription, now);
  const reply = replyFor(plan, subscription.timezone, subscription.quietWhenEmpty);
  const claim = {
    key: scheduledRunKey(channel, occurrence.localDay),
    channel,
    trigger: 'schedule' as const,
    localDay: occurrence.localDay,
    scheduledFor: occurrence.at.toISOString(),
    headline: reply?.kind === 'digest' ? reply.digest.headline : undefined,
  };
  return executeRun(deps, state.inFlight, { claim, plan, reply }, now);
}

function refreshSubscriptions(deps: SchedulerDeps, state: SchedulerState): void {
  const revision = deps.store.subscriptionsRevision();
  if (revision !== state.revision) {
    state.subscriptions = deps.store.listSubscriptions();
    state.gapsSubscriptions = deps.store.listGapsSubscriptions();
    state.revision = revision;
  }
}

function isWaiting(state: SchedulerState, waitKey: string, updatedAt: string, now: Date): boolean {
  const wait = state.waits.get(waitKey);
  return wait !== undefined && wait.updatedAt === updatedAt && now.getTime() < wait.until;
}
