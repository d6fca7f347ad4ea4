import { describe, expect, test } from 'vitest';
import type { Bot } from '../../src/bot/bot.ts';
import { withRateLimits } from '../../src/bot/rate-limited-bot.ts';
import type { CommandRequest, Platform } from '../../src/bot/request.ts';
import type { Clock } from '../../src/clock.ts';

function manualClock(start = '2024-05-06T12:00:00Z') {
  let now = new Date(start).getTime();
  const clock: Clock = { now: () => new Date(now) };
  return {
    clock,
    advance(ms: number) {
      now += ms;
    },
  };
}

const answering: Bot = {
  handle: async (request) => ({ kind: 'notice', lines: [`answered ${request.user.id}`] }),
  parseText: () => ({ command: 'ask', args: {} }),
  commands: () => [],
  complete: () => [],
};

const ask = (user: string, channel = 'C1', platform: Platform = 'slack'): CommandRequest => ({
  command: 'ask',
  args: { question: 'when does the ferry leave?' },
  channel: { platform, id: channel, workspaceId: 'T1' },
  user: { id: user, canManageChannel: false },
});

describe('rate limits', () => {
  test('a user over the per-user limit gets a friendly slow-down reply, then is answered again', async () => {
    const { clock, advance } = manualClock();
    const bot = withRateLimits(answering, { userPerMinute: 3, channelPerMinute: 100 }, clock);
    for (let i = 0; i < 3; i++) expect((await bot.handle(ask('U1'))).kind).toBe('notice');
    const refused = await bot.handle(ask('U1'));
    expect(refused).toMatchObject({ kind: 'error', code: 'rate.limited' });
    expect(refused.kind === 'error' && refused.message).toMatch(
      /^Slow down a little: you are .*Try again in 60 s\.$/,
    );
    advance(60_001);
    expect((await bot.handle(ask('U1'))).kind).toBe('notice');
  });

  test('one noisy user cannot use up the channel for the others', async () => {
    const { clock } = manualClock();
    const bot = withRateLimits(answering, { userPerMinute: 5, channelPerMinute: 8 }, clock);
    for (let i = 0; i < 50; i++) await bot.handle(ask('NOISY'));
    for (const user of ['U2', 'U3', 'U2']) expect((await bot.handle(ask(user))).kind).toBe('notice');
  });

  test('the channel limit holds across users, and other channels are unaffected', async () => {
    const { clock } = manualClock();
    const bot = withRateLimits(answering, { userPerMinute: 100, channelPerMinute: 4 }, clock);
    for (let i = 0; i < 4; i++) await bot.handle(ask(`U${i}`));
    expect(await bot.handle(ask('U9'))).toMatchObject({ code: 'rate.limited' });
    expect((await bot.handle(ask('U9', 'C2'))).kind).toBe('notice');
  });

  test('0 turns a limit off; the console and CLI are never limited', async () => {
    const { clock } = manualClock();
    const off = withRateLimits(answering, { userPerMinute: 0, channelPerMinute: 0 }, clock);
    for (let i = 0; i < 100; i++) expect((await off.handle(ask('U1'))).kind).toBe('notice');
    const strict = withRateLimits(answering, { userPerMinute: 1, channelPerMinute: 1 }, clock);
    for (let i = 0; i < 20; i++)
      expect((await strict.handle(ask('me', 'console', 'console'))).kind).toBe('notice');
  });

  test('limits are on by default', async () => {
    const { loadConfig } = await import('../../src/config.ts');
    const config = loadConfig({}, '/nonexistent/.env');
    expect(config.rateLimits.userPerMinute).toBeGreaterThan(0);
    expect(config.rateLimits.channelPerMinute).toBeGreaterThan(0);
  });
});
