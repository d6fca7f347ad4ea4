import { describe, expect, test } from 'vitest';
import type { Bot } from '../../src/bot/bot.ts';
import { drainable } from '../../src/bot/draining-bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';

const request: CommandRequest = {
  command: 'ask',
  args: { question: 'when?' },
  channel: { platform: 'slack', id: 'C1' },
  user: { id: 'U1', canManageChannel: false },
};

/** A bot whose answers wait until the test releases them. */
function heldBot() {
  const releases: Array<() => void> = [];
  const bot: Bot = {
    handle: () =>
      new Promise((resolve) => releases.push(() => resolve({ kind: 'notice', lines: ['answered'] }))),
    parseText: () => ({ command: 'ask', args: {} }),
    commands: () => [],
    complete: () => [],
  };
  return {
    bot,
    releaseAll() {
      for (const release of releases.splice(0)) release();
    },
  };
}

describe('draining on shutdown', () => {
  test('requests in flight finish and are answered; new ones are told Sitrep is restarting', async () => {
    const { bot, releaseAll } = heldBot();
    const draining = drainable(bot);
    const inFlight = draining.handle(request);
    const drained = draining.drain(5_000);
    expect(await draining.handle(request)).toMatchObject({ kind: 'error', code: 'bot.stopping' });
    releaseAll();
    expect(await inFlight).toEqual({ kind: 'notice', lines: ['answered'] });
    expect(await drained).toEqual({ unfinished: 0 });
  });

  test('a drain gives up after its timeout and says how many were unfinished', async () => {
    const { bot, releaseAll } = heldBot();
    const draining = drainable(bot);
    void draining.handle(request);
    expect(await draining.drain(20)).toEqual({ unfinished: 1 });
    releaseAll();
  });
});
