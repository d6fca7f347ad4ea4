import { describe, expect, test } from 'vitest';
import { articleIdsOf } from './support/fake-knowledge.ts';
import { createTestScheduler, HOUR } from './support/test-scheduler.ts';

const ops = { platform: 'slack' as const, id: 'C0OPS' };
const localTimes = (posts: { at: Date }[], zone: string) =>
  posts.map((post) => post.at.toLocaleString('sv-SE', { timeZone: zone }).slice(0, 16));

describe('daily schedule', () => {
  test('posts once at the scheduled minute, however often it ticks that day', async () => {
    const sim = createTestScheduler({ start: '2026-10-19T12:00:00Z' });
    sim.subscribe(ops, { time: '08:00', timezone: 'Europe/Brussels' });
    sim.knowledge.add('a1', 'space', '2026-10-19T20:00:00Z');
    await sim.runUntil('2026-10-21T12:00:00Z');
    expect(localTimes(sim.platform.posts, 'Europe/Brussels')).toEqual([
      '2026-10-20 08:00',
      '2026-10-21 08:00',
    ]);
    expect(sim.platform.posts.map((post) => post.key)).toEqual([
      'slack:C0OPS:2026-10-20',
      'slack:C0OPS:2026-10-21',
    ]);
  });

  test('runs a 02:30 New York schedule at 03:00 on the spring-forward day', async () => {
    const sim = createTestScheduler({ start: '2027-03-13T12:00:00Z' });
    sim.subscribe(ops, { time: '02:30', timezone: 'America/New_York' });
    await sim.runUntil('2027-03-15T12:00:00Z');
    expect(localTimes(sim.platform.posts, 'America/New_York')).toEqual([
      '2027-03-14 03:00',
      '2027-03-15 02:30',
    ]);
  });

  test('runs a 01:30 New York schedule once on the fall-back day, at the first 01:30', async () => {
    const sim = createTestScheduler({ start: '2026-10-31T12:00:00Z' });
    sim.subscribe(ops, { time: '01:30', timezone: 'America/New_York' });
    await sim.runUntil('2026-11-02T12:00:00Z');
    expect(sim.platform.posts.map((post) => post.at.toISOString())).toEqual([
      '2026-11-01T05:30:00.000Z', // 01:30 EDT; 01:30 EST an hour later posts nothing
      '2026-11-02T06:30:00.000Z',
    ]);
  });

  test('weekdays-only posts Monday to Friday in the local zone', async () => {
    const sim = createTestScheduler({ start: '2026-10-18T12:00:00Z' });
    sim.subscribe(ops, { time: '07:00', timezone: 'Asia/Kolkata', weekdaysOnly: true });
    await sim.runUntil('2026-10-25T12:00:00Z');
    const days = sim.platform.posts.map((post) =>
      post.at.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'Asia/Kolkata' }),
    );
    expect(days).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
  });

  test('subscribing after today’s time does not post until tomorrow', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T07:00:00Z' }); // 09:00 in Brussels
    sim.subscribe(ops, { time: '08:00' });
    await sim.runUntil('2026-10-21T05:59:00Z');
    expect(sim.platform.posts).toEqual([]);
    await sim.runUntil('2026-10-21T06:01:00Z');
    expect(localTimes(sim.platform.posts, 'Europe/Brussels')).toEqual(['2026-10-21 08:00']);
  });
});

describe('digest windows', () => {
  test('a first digest covers at most the last 24 hours', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z' });
    sim.subscribe(ops);
    sim.knowledge.add('old', 'space', '2026-10-18T06:00:00Z');
    sim.knowledge.add('day-old', 'space', '2026-10-19T05:59:00Z');
    sim.knowledge.add('recent', 'army', '2026-10-19T06:00:00Z');
    sim.knowledge.add('fresh', 'space', '2026-10-20T05:30:00Z');
    await sim.tick('2026-10-20T06:00:00Z');
    const [post] = sim.platform.posts;
    expect(articleIdsOf(post!.reply).sort()).toEqual(['fresh', 'recent']);
    expect(sim.store.getRun('slack:C0OPS:2026-10-20')?.window).toEqual({
      since: '2026-10-19T06:00:00.000Z',
      until: '2026-10-20T06:00:00.000Z',
    });
  });

  test('each digest starts where the last one ended, so nothing falls between or repeats', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z' });
    sim.subscribe(ops);
    for (const [id, at] of [
      ['a', '2026-10-20T05:59:59.999Z'],
      ['b', '2026-10-20T06:00:00.000Z'],
      ['c', '2026-10-21T05:59:00.000Z'],
    ] as const) {
      sim.knowledge.add(id, 'space', at);
    }
    await sim.runUntil('2026-10-21T06:01:00Z');
    expect(sim.platform.posts.map((post) => articleIdsOf(post.reply))).toEqual([['a'], ['b', 'c']]);
  });

  test('an empty window posts a short “nothing new” line, or nothing when the channel chose quiet', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z' });
    const quiet = { platform: 'discord' as const, id: '42' };
    sim.subscribe(ops);
    sim.subscribe(quiet, { quietWhenEmpty: true });
    await sim.runUntil('2026-10-20T06:01:00Z');
    expect(sim.platform.posts).toHaveLength(1);
    expect(sim.platform.posts[0]?.reply).toEqual({
      kind: 'notice',
      title: 'Daily briefing',
      lines: ['Nothing new since Mon 19 Oct 2026, 08:00 CEST.'],
    });
    expect(sim.store.getRun('discord:42:2026-10-20')).toMatchObject({ status: 'sent', messageIds: [] });
    // The quiet day still moves the window on: tomorrow starts where today ended.
    sim.knowledge.add('x', 'space', '2026-10-20T12:00:00Z');
    await sim.runUntil('2026-10-21T06:01:00Z');
    expect(sim.platform.postsTo(quiet).map((post) => articleIdsOf(post.reply))).toEqual([['x']]);
    expect(sim.store.getRun('discord:42:2026-10-21')?.window.since).toBe('2026-10-20T06:00:00.000Z');
  });

  test('topics limit what a channel receives', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z' });
    sim.subscribe(ops, { topics: ['space'] });
    sim.knowledge.add('s', 'space', '2026-10-20T05:10:00Z');
    sim.knowledge.add('a', 'army', '2026-10-20T05:20:00Z');
    await sim.tick('2026-10-20T06:00:00Z');
    expect(articleIdsOf(sim.platform.posts[0]!.reply)).toEqual(['s']);
  });
});

describe('catch-up after downtime', () => {
  test('within the grace period, the missed briefing is posted once at start-up', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T04:00:00Z' });
    sim.subscribe(ops);
    sim.knowledge.add('a', 'space', '2026-10-20T05:00:00Z');
    await sim.runUntil('2026-10-20T05:00:00Z');
    sim.restart(); // down from 07:00 to 11:00 Brussels time, over the 08:00 briefing
    sim.at('2026-10-20T09:00:00Z');
    await sim.runUntil('2026-10-20T12:00:00Z');
    expect(localTimes(sim.platform.posts, 'Europe/Brussels')).toEqual(['2026-10-20 11:00']);
    expect(sim.store.getRun('slack:C0OPS:2026-10-20')?.window.until).toBe('2026-10-20T09:00:00.000Z');
  });

  test('beyond the grace period it waits for the next day, whose digest carries the missed articles', async () => {
    const sim = createTestScheduler({ start: '2026-10-19T05:00:00Z' });
    sim.subscribe(ops);
    await sim.runUntil('2026-10-19T06:01:00Z');
    sim.knowledge.add('missed', 'space', '2026-10-19T20:00:00Z');
    sim.restart();
    sim.at('2026-10-20T12:01:00Z'); // 14:01 in Brussels: 6 h 1 min after 08:00
    await sim.runUntil('2026-10-21T06:01:00Z');
    expect(localTimes(sim.platform.posts, 'Europe/Brussels')).toEqual([
      '2026-10-19 08:00',
      '2026-10-21 08:00',
    ]);
    expect(articleIdsOf(sim.platform.posts[1]!.reply)).toEqual(['missed']);
  });

  test('after several days down it posts one digest, never one per missed day', async () => {
    const sim = createTestScheduler({ start: '2026-10-19T05:00:00Z', graceMs: 6 * HOUR });
    sim.subscribe(ops);
    await sim.runUntil('2026-10-19T06:01:00Z');
    for (const day of ['20', '21', '22']) sim.knowledge.add(`d${day}`, 'space', `2026-10-${day}T03:00:00Z`);
    sim.restart();
    sim.at('2026-10-22T08:00:00Z'); // 10:00 in Brussels on the fourth day
    await sim.runUntil('2026-10-22T12:00:00Z');
    expect(sim.platform.posts.map((post) => post.key)).toEqual([
      'slack:C0OPS:2026-10-19',
      'slack:C0OPS:2026-10-22',
    ]);
    expect(articleIdsOf(sim.platform.posts[1]!.reply)).toEqual(['d20', 'd21', 'd22']);
  });
});

describe('what a briefing asks the digest for', () => {
  test('articles by when Sitrep added them, for the channel’s topics', async () => {
    const sim = createTestScheduler({ start: '2026-10-20T05:00:00Z' });
    sim.subscribe(ops, { topics: ['space'] });
    const windows: unknown[] = [];
    const compose = sim.knowledge.compose;
    sim.knowledge.compose = (window) => {
      windows.push(window);
      return compose(window);
    };
    sim.restart();
    await sim.tick('2026-10-20T06:00:00Z');
    expect(windows).toEqual([
      {
        since: new Date('2026-10-19T06:00:00Z'),
        until: new Date('2026-10-20T06:00:00Z'),
        topics: ['space'],
        by: 'added',
      },
    ]);
  });
});
