import { describe, expect, test } from 'vitest';
import { stopGracefully } from '../../adapters/stop-gracefully.ts';
import type { Bot } from '../../src/bot/bot.ts';
import { drainable } from '../../src/bot/draining-bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';
import { captureLogger } from '../fakes/shared/capture-logger.ts';

const request: CommandRequest = {
  command: 'ask',
  args: { question: 'when?' },
  channel: { platform: 'discord', id: '1' },
  user: { id: '2', canManageChannel: false },
};

describe('a graceful stop', () => {
  test('finishes the reply in flight and the briefing being posted, then closes platforms, then the database', async () => {
    const order: string[] = [];
    let release!: () => void;
    const slow: Bot = {
      handle: () =>
        new Promise((resolve) => {
          release = () => {
            order.push('reply finished');
            resolve({ kind: 'notice', lines: ['done'] });
          };
        }),
      parseText: () => ({ command: 'ask', args: {} }),
      commands: () => [],
      complete: () => [],
    };
    const bot = drainable(slow);
    const reply = bot.handle(request);
    const logs = captureLogger();
    const stopped = stopGracefully({
      bot,
      scheduler: {
        stop: async () => {
          order.push('briefing finished');
        },
      },
      stops: [() => void order.push('gateway closed')],
      closeCore: async () => {
        order.push('database closed');
      },
      logger: logs.logger,
    });
    expect(await bot.handle(request)).toMatchObject({ code: 'bot.stopping' });
    await Promise.resolve();
    expect(order).toEqual(['briefing finished']);
    release();
    await stopped;
    expect(await reply).toMatchObject({ kind: 'notice' });
    expect(order).toEqual(['briefing finished', 'reply finished', 'gateway closed', 'database closed']);
  });

  test('a reply that never finishes does not hold the stop forever', async () => {
    const stuck: Bot = {
      handle: () => new Promise(() => undefined),
      parseText: () => ({ command: 'ask', args: {} }),
      commands: () => [],
      complete: () => [],
    };
    const bot = drainable(stuck);
    void bot.handle(request);
    const logs = captureLogger();
    let closed = false;
    await stopGracefully({
      bot,
      scheduler: { stop: async () => undefined },
      stops: [],
      closeCore: async () => {
        closed = true;
      },
      logger: logs.logger,
      graceMs: 20,
    });
    expect(closed).toBe(true);
    expect(logs.lines.some((line) => line.unfinished === 1)).toBe(true);
  });

  test('a briefing the platform never confirms does not hold the stop past its grace', async () => {
    const idle: Bot = {
      handle: async () => ({ kind: 'notice', lines: [] }),
      parseText: () => ({ command: 'ask', args: {} }),
      commands: () => [],
      complete: () => [],
    };
    const logs = captureLogger();
    const graces: number[] = [];
    let closed = false;
    await stopGracefully({
      bot: drainable(idle),
      scheduler: { stop: () => new Promise(() => undefined) },
      stops: [(graceMs) => void graces.push(graceMs)],
      closeCore: async () => {
        closed = true;
      },
      logger: logs.logger,
      graceMs: 30,
    });
    expect(closed).toBe(true);
    expect(graces).toHaveLength(1);
    expect(graces[0]).toBeLessThanOrEqual(30);
    expect(logs.lines.some((line) => /briefing is still being posted/.test(line.msg))).toBe(true);
  });
});
