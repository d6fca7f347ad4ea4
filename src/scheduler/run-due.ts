import type { Subscription } from '../subscriptions/subscription.ts';
import { channelKey, scheduledRunKey } from '../subscriptions/subscription.ts';
import { decide } from './decide.ts';
import { executeRun, type RunOutcome } from './execute-run.ts';
import type { Occurrence } from './next-run.ts';
import { planDigest, replyFor } from './plan-digest.ts';
import { type Recovery, recoverInterruptedRuns } from './recover.ts';
import { DEFAULT_GRACE_MS, type SchedulerDeps } from './types.ts';

/** What one process remembers between ticks; a restart starts with an empty one. */
export interface SchedulerState {
  /** Keys this process is posting right now; any other `claimed` run was interrupted. */
  inFlight: Set<string>;
  /** Per channel: nothing to do before `until`, valid while the subscription is unchanged. */
  waits: Map<string, { updatedAt: string; until: number }>;
  /** The subscriptions as of `revision`, reloaded when the store's revision changes. */
  subscriptions: Subscription[];
  revision?: string;
  /**
   * Whether `claimed` runs may need recovery: at start-up (a previous process may have died
   * mid-delivery), after a delivery with an unknown outcome, and while a lookup is pending.
   */
  needsRecovery: boolean;
}

export function createSchedulerState(): SchedulerState {
  return { inFlight: new Set(), waits: new Map(), subscriptions: [], needsRecovery: true };
}

export interface TickReport {
  recovered: Map<string, Recovery>;
  outcomes: RunOutcome[];
}

/**
 * One scheduler tick: resolves interrupted runs, then posts every briefing that is due at
 * `now`. Each channel gets at most one scheduled digest per local day (the run key is
 * `platform:channel:YYYY-MM-DD`), covering everything added since its last sent digest.
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
  for (const subscription of currentSubscriptions(deps, state)) {
    if (!subscription.enabled || isWaiting(state, subscription, now)) continue;
    try {
      const outcome = await runIfDue(deps, state, subscription, now);
      if (outcome) outcomes.push(outcome);
      if (outcome?.status === 'unknown') state.needsRecovery = true;
    } catch (error) {
      deps.logger.error(
        { err: error, channel: channelKey(subscription.channel) },
        'digest tick failed for channel',
      );
    }
  }
  return { recovered, outcomes };
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
  const claim = {
    key: scheduledRunKey(channel, occurrence.localDay),
    channel,
    trigger: 'schedule' as const,
    localDay: occurrence.localDay,
    scheduledFor: occurrence.at.toISOString(),
  };
  const reply = replyFor(plan, subscription.timezone, subscription.quietWhenEmpty);
  return executeRun(deps, state.inFlight, { claim, plan, reply }, now);
}

function currentSubscriptions(deps: SchedulerDeps, state: SchedulerState): Subscription[] {
  const revision = deps.store.subscriptionsRevision();
  if (revision !== state.revision) {
    state.subscriptions = deps.store.listSubscriptions();
    state.revision = revision;
  }
  return state.subscriptions;
}

function isWaiting(state: SchedulerState, subscription: Subscription, now: Date): boolean {
  const wait = state.waits.get(channelKey(subscription.channel));
  return wait !== undefined && wait.updatedAt === subscription.updatedAt && now.getTime() < wait.until;
}
