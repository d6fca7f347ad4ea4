import { describe, expect, test } from 'vitest';
import type { ChannelRef } from '../../src/bot/request.ts';
import { createFeedbackService } from '../../src/feedback/feedback-service.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { isoWeekOf } from '../../src/scheduler/zoned-time.ts';
import { MemoryFeedbackStore } from '../../src/store/memory-feedback-store.ts';
import { answerRecord } from '../store/feedback-store-contract.ts';
import { createTestScheduler, HOUR } from './support/test-scheduler.ts';

const ops: ChannelRef = { platform: 'slack', id: 'C0OPS' };
const news: ChannelRef = { platform: 'slack', id: 'C0NEWS' };
const W43 = 'slack:C0OPS:gaps:2026-W43';

/** A scheduler whose weekly gaps posts come from the real feedback service over a memory store. */
function scenario(start = '2026-10-17T12:00:00Z', options: { lookup?: boolean } = {}) {
  const feedbackStore = new MemoryFeedbackStore();
  const feedback = createFeedbackService({ store: feedbackStore, retentionDays: 90 });
  const sim = createTestScheduler({
    start,
    ...options,
    composeGaps: (channel, window) => feedback.weeklyGaps(channel, window),
  });
  let count = 0;
  const refuse = (question: string, channel: ChannelRef, askedAt: string) =>
    feedbackStore.recordAnswer(
      answerRecord(`r${++count}`, {
        question,
        channel,
        answered: false,
        answer: undefined,
        articleId: undefined,
        sentence: undefined,
        closest: [{ articleId: 'arrw', title: 'Air Force tests hypersonic missile' }],
        askedAt,
      }),
    );
  return { sim, refuse };
}

const textOf = (reply: Reply | undefined) => (reply?.kind === 'notice' ? reply.lines.join('\n') : '');
const local = (at: Date, zone: string) => at.toLocaleString('sv-SE', { timeZone: zone }).slice(0, 16);

describe('weekly gaps posts', () => {
  test('the ISO week of a local day starts on Monday and belongs to the year of its Thursday', () => {
    expect(isoWeekOf('2026-10-19')).toBe('2026-W43');
    expect(isoWeekOf('2026-10-25')).toBe('2026-W43');
    expect(isoWeekOf('2026-10-26')).toBe('2026-W44');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  test('posts once a week, on its weekday at its local time, before and after a DST change', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops, { weekday: 1, time: '09:00', timezone: 'Europe/Brussels' });
    await sim.runUntil('2026-11-03T00:00:00Z');
    expect(sim.platform.posts.map((post) => local(post.at, 'Europe/Brussels'))).toEqual([
      '2026-10-19 09:00', // CEST
      '2026-10-26 09:00', // CET: the clocks went back on the 25th
      '2026-11-02 09:00',
    ]);
    expect(sim.platform.posts.map((post) => post.key)).toEqual([
      W43,
      'slack:C0OPS:gaps:2026-W44',
      'slack:C0OPS:gaps:2026-W45',
    ]);
    expect(sim.store.getRun(W43)).toMatchObject({ trigger: 'gaps', status: 'sent', articleIds: [] });
  });

  test('the weekday is the channel’s: Monday 07:00 in Kolkata is still Sunday in UTC', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops, { weekday: 1, time: '07:00', timezone: 'Asia/Kolkata' });
    await sim.runUntil('2026-10-20T00:00:00Z');
    expect(sim.platform.posts.map((post) => post.at.toISOString())).toEqual(['2026-10-19T01:30:00.000Z']);
  });

  test('shows the wording of questions asked in the channel, and other channels only as counts', async () => {
    const { sim, refuse } = scenario();
    refuse('When is the ARRW hypersonic missile fielded?', ops, '2026-10-15T10:00:00.000Z');
    refuse('What happened to the ARRW hypersonic test?', news, '2026-10-16T10:00:00.000Z');
    refuse('Secret plans for Project Zed?', news, '2026-10-16T11:00:00.000Z');
    refuse('A question from last month about ARRW?', ops, '2026-09-15T10:00:00.000Z');
    sim.subscribeGaps(ops);
    sim.subscribeGaps(news);
    await sim.runUntil('2026-10-19T08:00:00Z');
    const [toNews, toOps] = [sim.platform.postsTo(news)[0], sim.platform.postsTo(ops)[0]];
    expect(toOps?.reply).toMatchObject({ kind: 'notice', title: 'Unanswered questions, last 7 days' });
    expect(toOps?.reply).not.toMatchObject({ private: true });
    const opsText = textOf(toOps?.reply);
    expect(opsText).toContain('3 unanswered questions in 2 groups.');
    expect(opsText).toContain('1. 2× (1 here) [arrw, hypersonic, missile, field] e.g. “When is the ARRW');
    expect(opsText).toContain('1 more from other channels');
    expect(opsText).not.toMatch(/happened|test\b|Zed|last month/);
    const newsText = textOf(toNews?.reply);
    expect(newsText).toContain('What happened to the ARRW hypersonic test?');
    expect(newsText).toContain('Secret plans for Project Zed?');
    expect(newsText).not.toContain('fielded');
    expect(sim.store.getRun(W43)?.headline).toBe('3 unanswered questions in 2 groups.');
  });

  test('says so when every question got an answer', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops);
    await sim.runUntil('2026-10-19T08:00:00Z');
    expect(textOf(sim.platform.posts[0]?.reply)).toBe('None: every question got an answer.');
  });

  test('moving the weekday after this week’s post does not post again the same week', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops, { weekday: 1 });
    await sim.runUntil('2026-10-20T00:00:00Z');
    sim.subscribeGaps(ops, { weekday: 3 });
    await sim.runUntil('2026-10-29T00:00:00Z');
    expect(sim.platform.posts.map((post) => [post.key, local(post.at, 'Europe/Brussels')])).toEqual([
      [W43, '2026-10-19 09:00'],
      ['slack:C0OPS:gaps:2026-W44', '2026-10-28 09:00'],
    ]);
  });

  test('lives beside the daily briefing of the same channel without changing its window', async () => {
    const { sim } = scenario('2026-10-18T12:00:00Z');
    sim.subscribe(ops, { time: '09:00' });
    sim.subscribeGaps(ops, { time: '09:00' });
    sim.knowledge.add('a', 'space', '2026-10-19T06:00:00Z');
    await sim.runUntil('2026-10-20T12:00:00Z');
    expect(sim.platform.posts.map((post) => post.key)).toEqual([
      'slack:C0OPS:2026-10-19',
      W43,
      'slack:C0OPS:2026-10-20',
    ]);
    expect(sim.store.getRun('slack:C0OPS:2026-10-20')?.window.since).toBe('2026-10-19T07:00:00.000Z');
  });
});

describe('weekly gaps posts through restarts and crashes', () => {
  test('a restart every hour of the week still posts once', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops);
    for (let t = Date.parse('2026-10-17T12:00:00Z'); t < Date.parse('2026-10-27T00:00:00Z'); t += HOUR) {
      sim.restart();
      await sim.runUntil(new Date(t + HOUR));
    }
    expect(sim.platform.posts.map((post) => post.key)).toEqual([W43, 'slack:C0OPS:gaps:2026-W44']);
  });

  test('a crash after the post: the restarted scheduler finds it and does not post again', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops);
    sim.platform.failNext(ops, 'crash-after-post');
    await sim.tick('2026-10-19T07:00:00Z');
    expect(sim.store.getRun(W43)?.status).toBe('claimed');
    sim.restart();
    await sim.runUntil('2026-10-25T00:00:00Z');
    expect(sim.platform.posts.map((post) => post.key)).toEqual([W43]);
    expect(sim.store.getRun(W43)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  test('a crash before the post: the restarted scheduler posts it once, within the grace period', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops);
    sim.platform.failNext(ops, 'crash-before-post');
    await sim.tick('2026-10-19T07:00:00Z');
    sim.restart();
    sim.at('2026-10-19T08:30:00Z');
    await sim.runUntil('2026-10-25T00:00:00Z');
    expect(sim.platform.posts.map((post) => [post.key, post.at.toISOString()])).toEqual([
      [W43, '2026-10-19T08:30:00.000Z'],
    ]);
    expect(sim.store.getRun(W43)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  test('without a way to ask the platform, an interrupted post is unconfirmed and never repeated', async () => {
    const { sim } = scenario('2026-10-17T12:00:00Z', { lookup: false });
    sim.subscribeGaps(ops);
    sim.platform.failNext(ops, 'crash-after-post');
    await sim.tick('2026-10-19T07:00:00Z');
    sim.restart();
    await sim.runUntil('2026-10-27T00:00:00Z');
    expect(sim.store.getRun(W43)?.status).toBe('unconfirmed');
    expect(sim.platform.posts.map((post) => post.key)).toEqual([W43, 'slack:C0OPS:gaps:2026-W44']);
  });

  test('a post missed beyond the grace period waits for next week; a deleted channel pauses it', async () => {
    const { sim } = scenario();
    sim.subscribeGaps(ops);
    sim.at('2026-10-19T14:00:00Z'); // down from before 09:00 until 16:00 local: 7 hours late
    await sim.runUntil('2026-10-26T08:01:00Z');
    expect(sim.platform.posts.map((post) => post.key)).toEqual(['slack:C0OPS:gaps:2026-W44']);
    sim.platform.failNext(ops, 'gone');
    await sim.runUntil('2026-11-03T00:00:00Z');
    expect(sim.store.getGapsSubscription(ops)).toMatchObject({ enabled: false });
    expect(sim.platform.attempts).toHaveLength(2);
  });
});
