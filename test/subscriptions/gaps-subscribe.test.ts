import { describe, expect, test } from 'vitest';
import type { Platform, UserRef } from '../../src/bot/request.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { createTestBot } from '../support/test-bot.ts';

const admin: Partial<UserRef> = { id: 'U9', isAdmin: true };
const manager: Partial<UserRef> = { id: 'U2', canManageChannel: true, isAdmin: false };
const channel = { platform: 'console' as const, id: 'test' };

const textOf = (reply: Reply): string =>
  reply.kind === 'notice' ? reply.lines.join('\n') : reply.kind === 'error' ? reply.message : reply.kind;

// The test bot's clock: Tuesday 7 May 2024, 12:00 UTC.
describe('gaps subscribe, unsubscribe and status', () => {
  test('only admins may start or stop the weekly post; a channel manager is not enough', async () => {
    const bot = createTestBot({ schedules: true, feedback: true });
    for (const action of ['subscribe', 'unsubscribe']) {
      const reply = await bot.say(`gaps ${action}`, manager);
      expect(reply).toMatchObject({ kind: 'error', code: 'gaps.forbidden' });
      expect(textOf(reply)).toContain('Anyone can see it with `gaps status`');
    }
    expect(bot.store.getGapsSubscription(channel)).toBeUndefined();
  });

  test('subscribing with the defaults posts on Monday at 09:00 in the configured zone', async () => {
    const bot = createTestBot({ schedules: true, feedback: true });
    const reply = await bot.say('gaps subscribe', admin);
    expect(reply).toMatchObject({ kind: 'notice', title: 'Weekly unanswered questions on' });
    expect(textOf(reply)).toContain('Every Monday at 09:00 UTC, this channel gets the questions nobody');
    expect(textOf(reply)).toContain('Next: Mon 13 May 2024, 09:00 UTC.');
    expect(textOf(reply)).toContain('those from other channels only as counts');
    expect(bot.store.getGapsSubscription(channel)).toMatchObject({
      weekday: 1,
      time: '09:00',
      timezone: 'UTC',
      enabled: true,
      createdBy: 'U9',
    });
  });

  test('takes the weekday, time and zone in any order, and a change keeps who set it up', async () => {
    const bot = createTestBot({ schedules: true, feedback: true });
    await bot.say('gaps subscribe', admin);
    const reply = await bot.say('gaps subscribe asia/kolkata 4:30pm Fri', { id: 'U7', isAdmin: true });
    expect(reply).toMatchObject({ title: 'Weekly unanswered questions updated' });
    expect(textOf(reply)).toContain('Next: Fri 10 May 2024, 16:30 IST.');
    expect(bot.store.getGapsSubscription(channel)).toMatchObject({
      weekday: 5,
      time: '16:30',
      timezone: 'Asia/Kolkata',
      createdBy: 'U9',
    });
  });

  test.each([
    ['gaps subscrbe', 'gaps.badAction', ['subscribe']],
    ['gaps statsu', 'gaps.badAction', ['status']],
    ['gaps subscribe mondy', 'gaps.badWeekday', ['Monday']],
    ['gaps subscribe Brussels', 'gaps.badTimezone', ['Europe/Brussels']],
    ['gaps subscribe 25:00', 'gaps.badTime', undefined],
  ])('“%s” gets %s with what was meant', async (text, code, suggestions) => {
    const bot = createTestBot({ schedules: true, feedback: true });
    const reply = await bot.say(text, admin);
    expect(reply).toMatchObject({ kind: 'error', code });
    if (suggestions) expect(reply).toMatchObject({ suggestions });
    expect(textOf(reply)).toContain('Example: `gaps ');
    expect(bot.store.getGapsSubscription(channel)).toBeUndefined();
  });

  test('the report still takes a number of days', async () => {
    const bot = createTestBot({ schedules: true, feedback: true });
    expect(await bot.say('gaps 30', admin)).toMatchObject({ title: 'Unanswered questions, last 30 days' });
    expect(await bot.say('gaps show', admin)).toMatchObject({ title: 'Unanswered questions, last 7 days' });
    expect(await bot.say('gaps 200', admin)).toMatchObject({ kind: 'error', code: 'gaps.badDays' });
  });

  test('status shows the schedule and the next post to anyone, privately; unsubscribe stops it', async () => {
    const bot = createTestBot({ schedules: true, feedback: true });
    const none = await bot.say('gaps status');
    expect(none).toMatchObject({ kind: 'notice', private: true });
    expect(textOf(none)).toContain('Admins can start one with `gaps subscribe monday 09:00 Europe/Brussels`');
    await bot.say('gaps subscribe wednesday 8am', admin);
    const status = await bot.say('gaps status');
    expect(textOf(status)).toContain('Schedule: Wednesdays at 08:00 UTC.');
    expect(textOf(status)).toContain('Next: Wed 8 May 2024, 08:00 UTC (in 20 h).');
    expect(textOf(await bot.say('gaps unsubscribe', admin))).toContain(
      'no longer gets the weekly unanswered questions',
    );
    expect(textOf(await bot.say('gaps unsubscribe', admin))).toContain('nothing to stop');
    expect(bot.store.getGapsSubscription(channel)).toBeUndefined();
  });

  test('the status names the last post and what it said', async () => {
    const bot = createTestBot({ schedules: true, feedback: true });
    await bot.say('gaps subscribe', admin);
    bot.store.claimRun({
      key: 'console:test:gaps:2024-W19',
      channel,
      trigger: 'gaps',
      localDay: '2024-05-06',
      window: { since: '2024-04-29T09:00:00.000Z', until: '2024-05-06T09:00:00.000Z' },
      articleIds: [],
      headline: '2 unanswered questions in 1 group.',
      claimedAt: '2024-05-06T09:00:00.000Z',
    });
    bot.store.markSent('console:test:gaps:2024-W19', { messageIds: [], sentAt: '2024-05-06T09:00:01.000Z' });
    expect(textOf(await bot.say('gaps status'))).toContain(
      'Last post: Mon 6 May 2024, 09:00 UTC, posted “2 unanswered questions in 1 group.”',
    );
  });
});

const SPELLING: Record<Exclude<Platform, 'cli'>, { status: string; start: string }> = {
  console: { status: '`gaps status`', start: '`gaps subscribe monday 09:00 Europe/Brussels`' },
  slack: { status: '`/sitrep gaps status`', start: '`/sitrep gaps subscribe monday 09:00 Europe/Brussels`' },
  discord: {
    status: '`/gaps status`',
    start: '`/gaps subscribe weekday:monday time:09:00 timezone:Europe/Brussels`',
  },
};

describe.each(Object.entries(SPELLING))(
  'gaps replies read on %s spell its commands',
  (platform, spelling) => {
    const bot = createTestBot({ schedules: true, feedback: true, platform: platform as Platform });

    test('status without a post, a refusal and a typo name the commands as typed there', async () => {
      expect(textOf(await bot.say('gaps status'))).toContain(spelling.start);
      expect(textOf(await bot.say('gaps subscribe', manager))).toContain(spelling.status);
      expect(textOf(await bot.say('gaps statsu', admin))).toContain(`Example: ${spelling.status}`);
      expect(textOf(await bot.say('gaps subscribe mondy', admin))).toContain(`Example: ${spelling.start}`);
    });
  },
);
