import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { describe, expect, test } from 'vitest';
import { dedupeEvents, RecentKeys } from '../../../adapters/slack/dedupe.ts';
import { silentLogger } from '../../../src/logger.ts';

type Args = Parameters<Middleware<AnyMiddlewareArgs>>[0];

/** Runs the middleware on each body and returns how many got through. */
async function passed(bodies: object[], contexts: object[] = []): Promise<number> {
  const middleware = dedupeEvents(new RecentKeys(), silentLogger);
  let count = 0;
  for (const [i, body] of bodies.entries()) {
    const context = contexts[i] ?? {};
    await middleware({ body, context, next: async () => void count++ } as unknown as Args);
  }
  return count;
}

const mention = (eventId: string, ts: string) => ({
  type: 'event_callback',
  event_id: eventId,
  event: { type: 'app_mention', channel: 'C1', ts },
});

describe('RecentKeys', () => {
  test('reports a key seen before, and forgets the oldest beyond its capacity', () => {
    const recent = new RecentKeys(2);
    expect(recent.add('a')).toBe(true);
    expect(recent.add('a')).toBe(false);
    expect(recent.add('b')).toBe(true);
    expect(recent.add('c')).toBe(true);
    expect(recent.add('b')).toBe(false);
    expect(recent.add('a')).toBe(true);
  });
});

describe('dedupeEvents', () => {
  test('a repeated event id passes once', async () => {
    expect(await passed([mention('Ev1', '1.1'), mention('Ev1', '1.1'), mention('Ev2', '2.2')])).toBe(2);
  });

  test('one message delivered as a mention and as a direct message passes once', async () => {
    const asMention = {
      type: 'event_callback',
      event_id: 'Ev1',
      event: { type: 'app_mention', channel: 'D1', ts: '1.1' },
    };
    const asMessage = {
      type: 'event_callback',
      event_id: 'Ev2',
      event: { type: 'message', channel_type: 'im', channel: 'D1', ts: '1.1' },
    };
    expect(await passed([asMention, asMessage])).toBe(1);
  });

  test('commands, actions and events Sitrep does not answer are never held back by message keys', async () => {
    const channelMessage = {
      type: 'event_callback',
      event_id: 'Ev1',
      event: { type: 'message', channel_type: 'channel', channel: 'C1', ts: '1.1' },
    };
    const command = { command: '/sitrep', text: 'help' };
    expect(await passed([channelMessage, mention('Ev2', '1.1'), command, command])).toBe(4);
  });

  test('a slash command redelivered with the same trigger id (a Socket Mode retry) passes once', async () => {
    const command = { command: '/sitrep', text: 'help', trigger_id: '1.2.abc' };
    const other = { command: '/sitrep', text: 'help', trigger_id: '1.2.def' };
    expect(await passed([command, command, other], [{}, { retryNum: 1 }, {}])).toBe(2);
  });

  test('over HTTP, where Slack never redelivers a slash command, no command key is recorded', async () => {
    const recorded: string[] = [];
    const middleware = dedupeEvents({ add: (key) => Boolean(recorded.push(key)) }, silentLogger, {
      commandsRedelivered: false,
    });
    let count = 0;
    const command = { command: '/sitrep', text: 'help', trigger_id: '1.2.abc' };
    for (const body of [command, mention('Ev1', '1.1')]) {
      await middleware({ body, context: {}, next: async () => void count++ } as unknown as Args);
    }
    expect(count).toBe(2);
    expect(recorded).toEqual(['event:Ev1', 'message:C1:1.1']);
  });

  test('keys recorded elsewhere count too: a retry another replica answered is dropped', async () => {
    const shared = new Set(['event:Ev1']);
    const middleware = dedupeEvents(
      { add: (key) => !shared.has(key) && Boolean(shared.add(key)) },
      silentLogger,
    );
    let count = 0;
    for (const body of [mention('Ev1', '1.1'), mention('Ev2', '2.2')]) {
      await middleware({ body, context: { retryNum: 1 }, next: async () => void count++ } as unknown as Args);
    }
    expect(count).toBe(1);
  });
});
