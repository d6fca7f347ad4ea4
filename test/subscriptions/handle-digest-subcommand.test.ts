import { describe, expect, test } from 'vitest';
import type { UserRef } from '../../src/bot/request.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { createDigestControl } from '../../src/subscriptions/digest-control.ts';
import {
  type DigestCommandContext,
  handleDigestSubcommand,
} from '../../src/subscriptions/handle-digest-subcommand.ts';
import { articleIdsOf } from '../scheduler/support/fake-knowledge.ts';
import { createTestScheduler } from '../scheduler/support/test-scheduler.ts';

const channel = { platform: 'discord' as const, id: '555', workspaceId: 'G1', name: 'briefings' };
const manager: UserRef = { id: 'u-admin', name: 'Ada', canManageChannel: true };
const member: UserRef = { id: 'u-member', name: 'Bob', canManageChannel: false };

function setup(start = '2026-10-20T10:00:00Z') {
  const sim = createTestScheduler({ start });
  const context = (user: UserRef = manager, withScheduler = true): DigestCommandContext => ({
    store: sim.store,
    scheduler: withScheduler ? sim.scheduler : undefined,
    channel,
    user,
    clock: sim.clock,
    compose: sim.knowledge.compose,
    defaultTimezone: 'Europe/Brussels',
    knownTopics: ['space', 'army'],
  });
  const run = (action: string, options = '', user?: UserRef, withScheduler?: boolean) =>
    handleDigestSubcommand(action, { options }, context(user, withScheduler));
  return { sim, run, context };
}

const linesOf = (reply: Reply) =>
  reply.kind === 'notice' ? reply.lines : [reply.kind === 'error' ? reply.message : ''];

describe('digest subscribe and unsubscribe', () => {
  test('someone who cannot manage the channel gets a polite refusal and nothing changes', async () => {
    const { sim, run } = setup();
    for (const action of ['subscribe', 'unsubscribe']) {
      const reply = await run(action, '07:00', member);
      expect(reply).toMatchObject({ kind: 'error', code: 'digest.forbidden' });
      expect(linesOf(reply)[0]).toMatch(
        /^Sorry, only people who can manage this channel can .* daily briefing\./,
      );
    }
    expect(sim.store.getSubscription(channel)).toBeUndefined();
  });

  test('subscribing with defaults confirms the schedule and the next run in local time', async () => {
    const { sim, run } = setup();
    const reply = await run('subscribe');
    expect(reply).toEqual({
      kind: 'notice',
      title: 'Daily briefing on',
      lines: [
        'This channel gets the briefing daily at 08:00 Europe/Brussels (all topics).',
        'Next: Wed 21 Oct 2026, 08:00 CEST.',
        'On days with nothing new, a short “nothing new” line is posted.',
      ],
    });
    expect(sim.store.getSubscription(channel)).toMatchObject({
      time: '08:00',
      timezone: 'Europe/Brussels',
      createdBy: 'u-admin',
      createdAt: '2026-10-20T10:00:00.000Z',
    });
  });

  test('bad input is answered with what is wrong and an example', async () => {
    const { sim, run } = setup();
    expect(await run('subscribe', '25:00')).toMatchObject({
      kind: 'error',
      code: 'digest.badTime',
      message: expect.stringMatching(
        /“25:00” is not a time of day.*Example: `\/digest subscribe time:07:30 timezone:Europe\/Brussels/,
      ),
    });
    expect(await run('subscribe', 'America/New_Yrok')).toMatchObject({
      code: 'digest.badTimezone',
      suggestions: ['America/New_York'],
    });
    expect(await run('subscribe', 'navy')).toMatchObject({ code: 'digest.badTopic' });
    expect(sim.store.getSubscription(channel)).toBeUndefined();
  });

  test('subscribing again changes the schedule, keeps the start and re-enables a paused channel', async () => {
    const { sim, run } = setup();
    await run('subscribe');
    sim.store.saveSubscription({
      ...sim.store.getSubscription(channel)!,
      enabled: false,
      disabledReason: 'gone',
    });
    sim.at('2026-10-22T10:00:00Z');
    const reply = await run('subscribe', '17:45 Asia/Kolkata space weekdays quiet');
    expect(reply).toMatchObject({ kind: 'notice', title: 'Daily briefing updated' });
    expect(linesOf(reply)[0]).toBe(
      'This channel gets the briefing Monday to Friday at 17:45 Asia/Kolkata (space).',
    );
    expect(sim.store.getSubscription(channel)).toMatchObject({
      enabled: true,
      createdAt: '2026-10-20T10:00:00.000Z',
      updatedAt: '2026-10-22T10:00:00.000Z',
      topics: ['space'],
      quietWhenEmpty: true,
    });
    expect(sim.store.getSubscription(channel)?.disabledReason).toBeUndefined();
  });

  test('unsubscribing stops the briefing, and says so when there was none', async () => {
    const { sim, run } = setup();
    await run('subscribe');
    expect(linesOf(await run('unsubscribe'))).toEqual([
      'This channel no longer gets the daily briefing. `/digest subscribe` turns it back on.',
    ]);
    expect(sim.store.getSubscription(channel)).toBeUndefined();
    expect(linesOf(await run('unsubscribe'))).toEqual([
      'This channel had no daily briefing, so there was nothing to stop.',
    ]);
  });

  test('an unknown action suggests the closest one', async () => {
    const { run } = setup();
    expect(await run('statsu')).toMatchObject({
      kind: 'error',
      code: 'digest.badAction',
      suggestions: ['status'],
    });
  });

  test('works as the digests service of the digest command', async () => {
    const { sim } = setup();
    const control = createDigestControl({
      store: sim.store,
      scheduler: sim.scheduler,
      compose: sim.knowledge.compose,
      defaultTimezone: 'UTC',
      knownTopics: () => ['space'],
    });
    const reply = await control.handle(
      'subscribe',
      { time: '09:30', topics: 'space' },
      {
        clock: sim.clock,
        logger: (await import('../../src/logger.ts')).silentLogger,
        channel,
        user: manager,
      },
    );
    expect(reply).toMatchObject({ kind: 'notice', title: 'Daily briefing on' });
    expect(sim.store.getSubscription(channel)).toMatchObject({
      time: '09:30',
      timezone: 'UTC',
      topics: ['space'],
    });
  });
});

describe('digest status', () => {
  test('without a subscription, says how to start one', async () => {
    const { run } = setup();
    expect(await run('status', '', member)).toEqual({
      kind: 'notice',
      title: 'Daily briefing',
      private: true,
      lines: [
        'This channel has no daily briefing.',
        'Start one with `/digest subscribe time:08:00 timezone:Europe/Brussels` (time, time zone and topics are optional).',
      ],
    });
  });

  test('shows the next run in local time, the last run with what it sent, and the last problem', async () => {
    const { sim, run } = setup('2026-10-19T05:00:00Z');
    await run('subscribe', '08:00 Europe/Brussels');
    sim.knowledge.add('a', 'space', '2026-10-19T05:30:00Z');
    sim.platform.failNext(channel, 'forbidden');
    await sim.runUntil('2026-10-20T06:01:00Z');
    sim.at('2026-10-20T07:00:00Z');
    expect(linesOf(await run('status', '', member))).toEqual([
      'Schedule: 08:00 Europe/Brussels, every day, all topics. On days with nothing new, a short “nothing new” line is posted.',
      'Next: Wed 21 Oct 2026, 08:00 CEST (in 23 h).',
      'Last briefing: Tue 20 Oct 2026, 08:00 CEST, sent “1 new article on space” (1 article).',
      'Last problem: Mon 19 Oct 2026, 08:00 CEST, missing permission to post in this channel.',
    ]);
  });

  test('reports a failed run, an unconfirmed run and a paused channel in words', async () => {
    const { sim, run } = setup('2026-10-20T05:00:00Z');
    await run('subscribe');
    sim.platform.failNext(channel, 'gone');
    await sim.runUntil('2026-10-20T06:01:00Z');
    const lines = linesOf(await run('status'));
    expect(lines[1]).toBe('Paused: the channel was deleted (2026-10-20). Subscribe again to resume.');
    expect(lines[2]).toBe(
      'Last briefing: Tue 20 Oct 2026, 08:00 CEST, not posted: the channel was deleted. The channel is gone, so the briefing is paused.',
    );
  });
});

describe('digest now and preview', () => {
  test('now posts the briefing so far without changing the schedule, and the briefing does not repeat it', async () => {
    const { sim, run } = setup('2026-10-20T05:00:00Z');
    await run('subscribe');
    sim.knowledge.add('early', 'space', '2026-10-20T05:10:00Z');
    sim.at('2026-10-20T05:30:00Z');
    const reply = await run('now', '', member);
    expect(reply).toMatchObject({ kind: 'notice', private: true });
    expect(linesOf(reply)[0]).toMatch(
      /^Posted the briefing here \(1 article\)\. The daily schedule is unchanged/,
    );
    sim.knowledge.add('later', 'army', '2026-10-20T05:45:00Z');
    await sim.runUntil('2026-10-20T06:01:00Z');
    expect(sim.platform.posts.map((post) => [post.at.toISOString(), articleIdsOf(post.reply)])).toEqual([
      ['2026-10-20T05:30:00.000Z', ['early']],
      ['2026-10-20T06:00:00.000Z', ['later']],
    ]);
    // The headline counts only what the briefing carries, not the article `now` already posted.
    expect(sim.platform.posts[1]?.reply).toMatchObject({ digest: { headline: '1 new article on army' } });
  });

  test('now with nothing new says so privately and posts nothing', async () => {
    const { sim, run } = setup('2026-10-20T05:00:00Z');
    await run('subscribe');
    expect(await run('now')).toEqual({
      kind: 'notice',
      title: 'Daily briefing',
      lines: ['Nothing new since Mon 19 Oct 2026, 07:00 CEST.'],
      private: true,
    });
    expect(sim.platform.posts).toEqual([]);
  });

  test('now says plainly when the platform refused the post', async () => {
    const { sim, run } = setup('2026-10-20T05:00:00Z');
    sim.knowledge.add('a', 'space', '2026-10-20T04:00:00Z');
    sim.platform.failNext(channel, 'forbidden');
    expect(await run('now')).toEqual({
      kind: 'error',
      code: 'digest.cannotPost',
      message: 'I could not post the briefing here: missing permission to post in this channel.',
    });
  });

  test('now without a scheduler returns the digest to post in place', async () => {
    const { sim, run } = setup('2026-10-20T05:00:00Z');
    sim.knowledge.add('a', 'space', '2026-10-20T04:00:00Z');
    const reply = await run('now', '', member, false);
    expect(reply).toMatchObject({ kind: 'digest', private: false });
    expect(articleIdsOf(reply as never)).toEqual(['a']);
    expect(sim.platform.posts).toEqual([]);
  });

  test('preview shows the briefing so far to the asker only, and records nothing', async () => {
    const { sim, run } = setup('2026-10-20T05:00:00Z');
    await run('subscribe', 'space');
    sim.knowledge.add('s', 'space', '2026-10-20T04:00:00Z');
    sim.knowledge.add('a', 'army', '2026-10-20T04:10:00Z');
    const reply = await run('preview', '', member);
    expect(reply).toMatchObject({ kind: 'digest', private: true });
    expect(articleIdsOf(reply as never)).toEqual(['s']);
    expect(sim.platform.posts).toEqual([]);
    expect(sim.store.latestRuns(channel, 5)).toEqual([]);
  });
});
