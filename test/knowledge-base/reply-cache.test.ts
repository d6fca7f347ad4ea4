import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { createBot } from '../../src/bot/create-bot.ts';
import { fixedClock } from '../../src/clock.ts';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.ts';
import { cachedReply, REPLY_CACHE_ENTRIES } from '../../src/knowledge-base/reply-cache.ts';
import { silentLogger } from '../../src/logger.ts';
import { makeWorkspace, openCounted, type Workspace } from './knowledge-dir.ts';

/** A knowledge base reduced to its version, which the test moves by hand. */
function versioned() {
  let version = 1;
  const knowledge = { version: () => version } as unknown as KnowledgeBase;
  return { knowledge, change: () => version++ };
}

function counting<T>(value: T) {
  const counter = {
    calls: 0,
    compute: () => {
      counter.calls++;
      return value;
    },
  };
  return counter;
}

describe('cachedReply', () => {
  test('computes once per command text, whatever the spacing, until the knowledge base changes', () => {
    const { knowledge, change } = versioned();
    const answer = counting({ kind: 'answer', text: 'In Toulouse.' });
    const first = cachedReply(knowledge, ['ask', 'Where was it held?'], answer.compute);
    const again = cachedReply(knowledge, ['ask', '  Where  was it\theld? '], answer.compute);
    expect(again).toEqual(first);
    expect(answer.calls).toBe(1);
    cachedReply(knowledge, ['ask', 'where was it held?'], answer.compute);
    expect(answer.calls).toBe(2);
    change();
    cachedReply(knowledge, ['ask', 'Where was it held?'], answer.compute);
    expect(answer.calls).toBe(3);
  });

  test('remembers a frozen copy, so no asker can change what the next one gets', () => {
    const { knowledge } = versioned();
    const original = { kind: 'search', results: [{ title: 'A' }] };
    const remembered = cachedReply(knowledge, ['search', 'a'], () => original);
    expect(Object.isFrozen(remembered.results[0])).toBe(true);
    expect(Object.isFrozen(original.results[0])).toBe(false);
    expect(() => {
      (remembered.results as Array<{ title: string }>).push({ title: 'B' });
    }).toThrow(TypeError);
  });

  test('does not remember a failure', () => {
    const { knowledge } = versioned();
    let calls = 0;
    const failing = () => {
      calls++;
      throw new Error('index unavailable');
    };
    expect(() => cachedReply(knowledge, ['quote', 'x'], failing)).toThrow('index unavailable');
    expect(() => cachedReply(knowledge, ['quote', 'x'], failing)).toThrow('index unavailable');
    expect(calls).toBe(2);
  });

  test(`keeps the ${REPLY_CACHE_ENTRIES} most recently used replies`, () => {
    const { knowledge } = versioned();
    const first = counting('first');
    cachedReply(knowledge, ['ask', 'q0'], first.compute);
    for (let i = 1; i <= REPLY_CACHE_ENTRIES; i++) {
      cachedReply(knowledge, ['ask', `q${i}`], () => i);
      // q0 is used again halfway, so it outlives the questions asked before that.
      if (i === REPLY_CACHE_ENTRIES / 2) cachedReply(knowledge, ['ask', 'q0'], first.compute);
    }
    cachedReply(knowledge, ['ask', 'q0'], first.compute);
    expect(first.calls).toBe(1);
    const evicted = counting(1);
    cachedReply(knowledge, ['ask', 'q1'], evicted.compute);
    expect(evicted.calls).toBe(1);
  });
});

describe('remembered replies and a changing knowledge base', () => {
  let workspace: Workspace;
  afterEach(() => workspace.remove());

  test('an edited article is answered from its new text after the refresh, not from memory', async () => {
    workspace = makeWorkspace();
    const { kb } = await openCounted(workspace);
    const bot = createBot({
      services: { knowledge: kb, feeds: () => [] },
      clock: fixedClock('2025-06-01T08:00:00Z'),
      logger: silentLogger,
    });
    const ask = (question: string) =>
      bot.handle({
        command: 'ask',
        args: { question },
        channel: { platform: 'console', id: 'console' },
        user: { id: 'ana', canManageChannel: true },
      });
    const question = 'How many days before a flight must drone pilots request a permit?';
    expect(await ask(question)).toMatchObject({
      kind: 'answer',
      text: expect.stringContaining('three days'),
    });
    writeFileSync(
      workspace.file('drone-policy.md'),
      [
        '---',
        'id: drone-policy',
        'title: Air base updates its rules for small drones',
        'date: 2021-03-15',
        '---',
        'Pilots must now request a permit from the airfield manager at least ten days before a flight.',
        '',
      ].join('\n'),
    );
    await kb.refresh();
    expect(await ask(question)).toMatchObject({ kind: 'answer', text: expect.stringContaining('ten days') });
  });
});
