import cron from 'node-cron';
import { describe, expect, test, vi } from 'vitest';
import { createTestScheduler } from './support/test-scheduler.ts';

describe('createDigestScheduler().start', () => {
  test('ticks once at start-up to catch up, registers a minute tick, and stop removes it', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z' });
    sim.subscribe({ platform: 'slack', id: 'C1' });
    sim.at('2026-10-20T07:00:00Z'); // an hour after the 08:00 Brussels briefing, as after downtime
    const before = cron.getTasks().size;
    sim.scheduler.start();
    await vi.waitFor(() => expect(sim.platform.posts).toHaveLength(1));
    const task = [...cron.getTasks().values()].find((t) => t.name === 'sitrep-digests');
    expect(task?.getPattern()).toBe('* * * * *');
    sim.scheduler.stop();
    await vi.waitFor(() => expect(cron.getTasks().size).toBe(before));
  });
});
