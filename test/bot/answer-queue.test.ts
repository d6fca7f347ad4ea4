import { describe, expect, test } from 'vitest';
import { withAnswerQueue } from '../../src/bot/answer-queue.ts';
import type { Bot } from '../../src/bot/bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';
import type { Reply } from '../../src/replies/reply.ts';

const request = (id: string): CommandRequest => ({
  command: 'ask',
  args: { question: id },
  channel: { platform: 'slack', id: 'C1' },
  user: { id: 'U1', canManageChannel: false },
});

/** A bot whose answers the test releases one by one, recording how many run at once. */
function gatedBot() {
  const gates: Array<() => void> = [];
  let running = 0;
  let most = 0;
  const bot: Bot = {
    handle: (req) =>
      new Promise<Reply>((resolve) => {
        running++;
        most = Math.max(most, running);
        gates.push(() => {
          running--;
          resolve({ kind: 'notice', lines: [String(req.args.question)] });
        });
      }),
    parseText: () => ({ command: 'ask', args: {} }),
    commands: () => [],
    complete: () => [],
  };
  return { bot, gates, most: () => most };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the answer queue', () => {
  test('works on at most `concurrency` answers at once, in order, and answers every one', async () => {
    const { bot, gates, most } = gatedBot();
    const queued = withAnswerQueue(bot, { concurrency: 2 });
    let settled = 0;
    const replies = ['a', 'b', 'c', 'd'].map((id) => queued.handle(request(id)).finally(() => settled++));
    while (settled < 4) {
      await turn();
      // Release one answer once two run at once (or the last one is all that is left).
      if (gates.length === 2 || (gates.length === 1 && settled === 3)) gates.shift()?.();
    }
    const answered = await Promise.all(replies);
    expect(answered.map((reply) => (reply.kind === 'notice' ? reply.lines[0] : reply.kind))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(most()).toBe(2);
  });

  test('a request that waited too long gets one "busy" reply instead of an answer', async () => {
    const { bot, gates } = gatedBot();
    let clock = 0;
    const queued = withAnswerQueue(bot, { concurrency: 1, maxWaitMs: 1_000, now: () => clock });
    const first = queued.handle(request('first'));
    const late = queued.handle(request('late'));
    await turn();
    clock = 5_000;
    gates.shift()?.();
    expect(await first).toMatchObject({ kind: 'notice' });
    expect(await late).toMatchObject({ kind: 'error', code: 'bot.busy' });
    expect(gates).toHaveLength(0);
  });

  test('a full queue answers "busy" at once; the CLI is never queued', async () => {
    const { bot, gates } = gatedBot();
    const queued = withAnswerQueue(bot, { concurrency: 1, maxWaiting: 1 });
    void queued.handle(request('running'));
    void queued.handle(request('waiting'));
    await turn();
    void queued.handle(request('waiting 2'));
    expect(await queued.handle(request('one too many'))).toMatchObject({ code: 'bot.busy' });
    void queued.handle({ ...request('cli'), channel: { platform: 'cli', id: 'cli' } });
    await turn();
    // The running request and the CLI one, which skipped the full queue.
    expect(gates).toHaveLength(2);
    for (const gate of gates.splice(0)) gate();
  });
});
