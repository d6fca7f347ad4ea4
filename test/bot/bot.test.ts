import { describe, expect, test } from 'vitest';
import { createBot } from '../../src/bot/create-bot.ts';
import { fixedClock } from '../../src/clock.ts';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';
import { createTestBot, SEED_ID } from '../support/test-bot.ts';

describe('the bot', () => {
  const bot = createTestBot();

  test('answers a plain question from the seed article and cites it', async () => {
    const reply = await bot.say('Where was the inaugural NATO Space Symposium held?');
    expect(reply).toMatchObject({ kind: 'answer', citations: [{ articleId: SEED_ID }] });
    expect(reply.kind === 'answer' && reply.text).toContain('Toulouse');
  });

  test('says it does not know instead of guessing', async () => {
    expect(await bot.say('What are the zebra migration routes in Kenya?')).toMatchObject({
      kind: 'noAnswer',
      code: 'qa.noMatch',
    });
  });

  test('looks up quotes by a speaker named alone', async () => {
    const reply = await bot.say('quote Whiteley');
    expect(reply.kind).toBe('quotes');
    if (reply.kind !== 'quotes') return;
    expect(reply.quotes.length).toBe(2);
    expect(
      reply.quotes.every((quote) => quote.speaker === 'Royal Air Force Air Commodore Darren Whiteley'),
    ).toBe(true);
  });

  test('finds a quote by words and names the speaker with rank and role', async () => {
    const reply = await bot.say('quote space is hard');
    expect(reply).toMatchObject({
      kind: 'quotes',
      quotes: [
        { speaker: 'Lt. Gen. Thomas James', role: 'U.S. Space Command deputy commander', articleId: SEED_ID },
      ],
    });
  });

  test('summarizes an article found by part of its title', async () => {
    const reply = await bot.say('summarize Partners to Win --sentences 2');
    expect(reply).toMatchObject({ kind: 'summary', articleId: SEED_ID });
    expect(reply.kind === 'summary' && reply.sentences).toHaveLength(2);
  });

  test('an unknown article gets a helpful error with a stable code', async () => {
    expect(await bot.say('summarize submarine cable repairs in the Arctic')).toMatchObject({
      kind: 'error',
      code: 'summarize.notFound',
    });
  });

  test('the digest covers the window on the bot clock', async () => {
    const reply = await bot.say('digest 2d');
    expect(reply.kind).toBe('digest');
    if (reply.kind !== 'digest') return;
    const ids = reply.digest.groups.flatMap((group) => group.items.map((item) => item.articleId));
    expect(ids).toContain('orbital-debris-tracking');
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a bad window gets an example of a good one', async () => {
    expect(await bot.say('digest 7days')).toMatchObject({
      kind: 'error',
      code: 'digest.badSince',
      message: expect.stringContaining('Use a span like 24h or 7d'),
    });
    expect(await bot.say('digest yesterday-ish')).toMatchObject({
      kind: 'error',
      code: 'digest.badAction',
      message: expect.stringContaining('or a window such as 24h, 7d or 2024-05-01'),
    });
  });

  test('a mistyped digest action gets "did you mean", not a complaint about time', async () => {
    for (const [typed, meant] of [
      ['unsubcribe', 'unsubscribe'],
      ['statsu', 'status'],
      ['preveiw', 'preview'],
    ]) {
      const reply = await bot.say(`digest ${typed}`);
      expect(reply).toMatchObject({ kind: 'error', code: 'digest.badAction', suggestions: [meant] });
      if (reply.kind !== 'error') continue;
      expect(reply.message).toContain(`Did you mean “${meant}”?`);
      expect(reply.message).not.toContain('as a time');
    }
  });

  test('schedule changes need a running channel service', async () => {
    expect(await bot.say('digest subscribe 08:00')).toMatchObject({
      kind: 'error',
      code: 'digest.unavailable',
    });
  });

  test('help is generated from the registry', async () => {
    const reply = await bot.say('help');
    expect(reply.kind === 'help' && reply.commands.map((c) => c.name)).toEqual([
      'ask',
      'search',
      'summarize',
      'quote',
      'define',
      'digest',
      'sources',
      'feedback',
      'gaps',
      'help',
    ]);
    expect(await bot.say('help quote')).toMatchObject({ kind: 'help', command: { name: 'quote' } });
  });

  test('a mistyped command gets "did you mean"', async () => {
    expect(await bot.say('serch debris')).toMatchObject({
      kind: 'error',
      code: 'command.unknown',
      suggestions: ['search'],
    });
  });

  test('a command without its required argument gets its usage', async () => {
    const reply = await bot.handle({
      command: 'search',
      args: {},
      channel: { platform: 'console', id: 'test' },
      user: { id: 'u', canManageChannel: false },
    });
    expect(reply).toMatchObject({ kind: 'error', code: 'command.usage' });
    expect(reply.kind === 'error' && reply.message).toContain('search QUERY');
  });

  test('sources counts what is loaded', async () => {
    expect(await bot.say('sources')).toMatchObject({ kind: 'sources', articles: 3 });
  });

  test('autocomplete offers titles and speakers', () => {
    expect(bot.complete('article', 'partners')[0]).toMatchObject({ value: SEED_ID });
    expect(bot.complete('speaker', 'james').map((choice) => choice.value)).toContain('Lt. Gen. Thomas James');
  });

  test('a bug is logged and shown only as a reference id', async () => {
    const broken = {
      version: () => 1,
      search: () => {
        throw new Error('index file /secret/path corrupted');
      },
    } as unknown as KnowledgeBase;
    const failing = createBot({
      services: { knowledge: broken, feeds: () => [] },
      clock: fixedClock('2024-05-07T00:00:00Z'),
      logger: silentLogger,
    });
    const reply = await failing.handle({
      command: 'search',
      args: { query: 'debris' },
      channel: { platform: 'console', id: 'test' },
      user: { id: 'u', canManageChannel: false },
    });
    expect(reply).toMatchObject({ kind: 'error', code: 'internal' });
    expect(reply.kind === 'error' && reply.message).toMatch(/ref [0-9a-f]{8}/);
    expect(JSON.stringify(reply)).not.toContain('/secret/path');
  });
});
