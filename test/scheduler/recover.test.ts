import { describe, expect, test } from 'vitest';
import { DeliveryError } from '../../src/bot/deliver.ts';
import { fixedClock } from '../../src/clock.ts';
import { silentLogger } from '../../src/logger.ts';
import { recoverInterruptedRuns } from '../../src/scheduler/recover.ts';
import type { FindDelivery, SchedulerDeps } from '../../src/scheduler/types.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';

const channel = { platform: 'slack' as const, id: 'C0OPS' };
const KEY = 'slack:C0OPS:2026-10-20';
const CLAIMED_AT = '2026-10-20T06:00:00.000Z';

function interruptedRun(findDelivery: FindDelivery) {
  const store = new MemoryStore();
  store.claimRun({
    key: KEY,
    channel,
    trigger: 'schedule',
    localDay: '2026-10-20',
    scheduledFor: CLAIMED_AT,
    window: { since: '2026-10-19T06:00:00.000Z', until: CLAIMED_AT },
    articleIds: ['a1'],
    claimedAt: CLAIMED_AT,
  });
  const deps: SchedulerDeps = {
    store,
    findDelivery,
    compose: () => ({ since: '', until: '', headline: '', groups: [] }),
    deliver: () => Promise.reject(new Error('must not post while recovering')),
    logger: silentLogger,
    clock: fixedClock(CLAIMED_AT),
  };
  const recover = (at: string) => recoverInterruptedRuns(deps, new Set(), new Date(at));
  return { store, recover };
}

describe('recovering a run interrupted between claim and confirmation', () => {
  test('a lookup that cannot succeed (no permission to read the channel) leaves the run unconfirmed, not claimed', async () => {
    const { store, recover } = interruptedRun(() =>
      Promise.reject(new DeliveryError('forbidden', 'not_in_channel')),
    );
    expect((await recover('2026-10-20T06:05:00Z')).get(KEY)).toBe('unconfirmed');
    expect(store.getRun(KEY)?.status).toBe('unconfirmed');
  });

  test('a passing lookup failure is tried again on the next tick, until the grace period is over', async () => {
    const { store, recover } = interruptedRun(() =>
      Promise.reject(new DeliveryError('transient', 'HTTP 503')),
    );
    expect((await recover('2026-10-20T06:05:00Z')).get(KEY)).toBe('pending');
    expect(store.getRun(KEY)?.status).toBe('claimed');
    expect((await recover('2026-10-20T12:05:00Z')).get(KEY)).toBe('unconfirmed');
  });

  test('a post found on the platform is recorded as sent', async () => {
    const { store, recover } = interruptedRun(async () => ({ messageIds: ['1729.0001'] }));
    expect((await recover('2026-10-20T06:05:00Z')).get(KEY)).toBe('confirmed');
    expect(store.getRun(KEY)).toMatchObject({ status: 'sent', messageIds: ['1729.0001'] });
  });
});
