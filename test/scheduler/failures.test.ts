import { describe, expect, test } from 'vitest';
import { articleIdsOf } from './support/fake-knowledge.ts';
import { createTestScheduler } from './support/test-scheduler.ts';

const ops = { platform: 'slack' as const, id: 'C0OPS' };
const KEY = 'slack:C0OPS:2026-10-20';

function scenario() {
  const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z' });
  sim.subscribe(ops);
  sim.knowledge.add('a', 'space', '2026-10-20T05:30:00Z');
  return sim;
}

describe('delivery failures', () => {
  test('a transient failure is retried with growing delays, and posts once', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, 'transient', 'transient', 'transient');
    await sim.runUntil('2026-10-20T07:00:00Z');
    expect(sim.platform.attempts.map((a) => a.at.toISOString().slice(11, 16))).toEqual([
      '06:00',
      '06:01', // 1 min later
      '06:03', // 2 min
      '06:07', // 4 min
    ]);
    expect(sim.platform.posts).toHaveLength(1);
    expect(sim.store.getRun(KEY)).toMatchObject({ status: 'sent', attempts: 4 });
  });

  test('a post accepted but answered too late is found on retry and not posted again', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, 'lost-answer');
    await sim.runUntil('2026-10-20T07:00:00Z');
    expect(sim.platform.attempts).toHaveLength(1);
    expect(sim.platform.posts).toHaveLength(1);
    expect(sim.store.getRun(KEY)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  test('transient failures stop at the end of the grace period; the next day carries the articles', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, ...Array<'transient'>(11).fill('transient'));
    await sim.runUntil('2026-10-21T05:00:00Z');
    expect(sim.platform.attempts.map((a) => a.at.toISOString().slice(11, 16))).toEqual([
      ...['06:00', '06:01', '06:03', '06:07', '06:15', '06:31', '07:03'],
      ...['08:03', '09:03', '10:03', '11:03'], // hourly; 12:03 would be past 08:00 + 6 h in Brussels
    ]);
    expect(sim.store.getRun(KEY)).toMatchObject({
      status: 'failed',
      attempts: 11,
      failure: { kind: 'transient' },
    });
    await sim.runUntil('2026-10-21T06:01:00Z');
    expect(sim.platform.posts.map((post) => [post.key, articleIdsOf(post.reply)])).toEqual([
      ['slack:C0OPS:2026-10-21', ['a']],
    ]);
  });

  test('missing permission is recorded, not retried the same day, and the next day catches up', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, 'forbidden');
    await sim.runUntil('2026-10-20T12:00:00Z');
    expect(sim.platform.attempts).toHaveLength(1);
    expect(sim.store.getRun(KEY)).toMatchObject({
      status: 'failed',
      failure: { kind: 'forbidden', message: 'missing permission to post in this channel' },
    });
    sim.knowledge.add('b', 'space', '2026-10-20T20:00:00Z');
    await sim.runUntil('2026-10-21T06:01:00Z');
    expect(sim.platform.posts.map((post) => articleIdsOf(post.reply))).toEqual([['a', 'b']]);
  });

  test('a channel that is gone is disabled and never tried again', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, 'gone');
    await sim.runUntil('2026-10-23T12:00:00Z');
    expect(sim.platform.attempts).toHaveLength(1);
    expect(sim.store.getSubscription(ops)).toMatchObject({
      enabled: false,
      disabledReason: 'the channel was deleted (2026-10-20)',
    });
  });
});

describe('a crash between claim and confirmation', () => {
  test('after the post went out: the restarted scheduler confirms it and does not post again', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, 'crash-after-post');
    await sim.tick('2026-10-20T06:00:00Z');
    expect(sim.store.getRun(KEY)?.status).toBe('claimed');
    sim.restart();
    await sim.runUntil('2026-10-21T06:01:00Z');
    expect(sim.platform.posts.map((post) => post.key)).toEqual([KEY, 'slack:C0OPS:2026-10-21']);
    expect(sim.store.getRun(KEY)).toMatchObject({ status: 'sent' });
    expect(articleIdsOf(sim.platform.posts[1]!.reply)).toEqual([]); // 'a' is in the ledger: not repeated
  });

  test('before the post went out: the restarted scheduler posts it, once', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, 'crash-before-post');
    await sim.tick('2026-10-20T06:00:00Z');
    sim.restart();
    sim.at('2026-10-20T07:30:00Z');
    await sim.runUntil('2026-10-20T12:00:00Z');
    expect(sim.platform.posts.map((post) => [post.key, post.at.toISOString()])).toEqual([
      [KEY, '2026-10-20T07:30:00.000Z'],
    ]);
    expect(articleIdsOf(sim.platform.posts[0]!.reply)).toEqual(['a']);
    expect(sim.store.getRun(KEY)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  test('an unexpected delivery error is checked with the platform before any retry', async () => {
    const sim = scenario();
    sim.platform.failNext(ops, 'throw');
    await sim.runUntil('2026-10-20T06:05:00Z');
    expect(sim.platform.attempts.map((a) => a.at.toISOString().slice(11, 16))).toEqual(['06:00', '06:01']);
    expect(sim.platform.posts).toHaveLength(1);
  });

  describe('without a way to ask the platform', () => {
    test('the run is reported unconfirmed and never posted twice', async () => {
      const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z', lookup: false });
      sim.subscribe(ops);
      sim.knowledge.add('a', 'space', '2026-10-20T05:30:00Z');
      sim.platform.failNext(ops, 'crash-after-post');
      await sim.tick('2026-10-20T06:00:00Z');
      sim.restart();
      await sim.runUntil('2026-10-21T06:01:00Z');
      expect(sim.store.getRun(KEY)?.status).toBe('unconfirmed');
      expect(sim.platform.posts.map((post) => post.key)).toEqual([KEY, 'slack:C0OPS:2026-10-21']);
      // Its articles were never confirmed, so the next briefing carries them: a repeat, never a loss.
      expect(articleIdsOf(sim.platform.posts[1]!.reply)).toEqual(['a']);
    });

    test('a crash before the post leaves the day without a digest, and no article is lost', async () => {
      const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z', lookup: false });
      sim.subscribe(ops);
      sim.knowledge.add('a', 'space', '2026-10-20T05:30:00Z');
      sim.platform.failNext(ops, 'crash-before-post');
      await sim.tick('2026-10-20T06:00:00Z');
      sim.restart();
      await sim.runUntil('2026-10-21T06:01:00Z');
      expect(sim.platform.posts.map((post) => [post.key, articleIdsOf(post.reply)])).toEqual([
        ['slack:C0OPS:2026-10-21', ['a']],
      ]);
    });
  });
});

describe('a manual post racing the daily briefing', () => {
  test('the briefing leaves out the articles the manual post is still sending', async () => {
    const sim = scenario();
    const release = sim.platform.holdNext();
    sim.at('2026-10-20T06:00:00Z');
    const manual = sim.scheduler.postNow(ops); // held by the platform until the tick is done
    await sim.tick('2026-10-20T06:00:00Z');
    release();
    await manual;
    expect(sim.platform.posts.map((post) => [post.key, articleIdsOf(post.reply)])).toEqual([
      [KEY, []], // the briefing: "nothing new"
      ['slack:C0OPS:now:2026-10-20T06:00:00.000Z', ['a']],
    ]);
  });
});
