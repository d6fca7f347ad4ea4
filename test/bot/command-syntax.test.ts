import { describe, expect, test } from 'vitest';
import { commandAs } from '../../src/bot/command-syntax.ts';
import type { Platform } from '../../src/bot/request.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { createTestBot } from '../support/test-bot.ts';

const textOf = (reply: Reply): string =>
  reply.kind === 'notice' ? reply.lines.join('\n') : reply.kind === 'error' ? reply.message : '';

/** How each platform spells `digest status`. */
const SPELLING: Record<Exclude<Platform, 'cli'>, string> = {
  console: '`digest status`',
  slack: '`/sitrep digest status`',
  discord: '`/digest status`',
};

const START = {
  console: '`digest subscribe 08:00 Europe/Brussels`',
  slack: '`/sitrep digest subscribe 08:00 Europe/Brussels`',
  discord: '`/digest subscribe time:08:00 timezone:Europe/Brussels`',
};

describe('commandAs', () => {
  test('spells a command the way each platform types it', () => {
    expect(commandAs('console', 'digest status')).toBe('digest status');
    expect(commandAs('cli', 'digest')).toBe('sitrep digest');
    expect(commandAs('slack', 'digest status')).toBe('/sitrep digest status');
    expect(commandAs('discord', 'digest status')).toBe('/digest status');
    const example = { text: 'digest subscribe 08:00', discord: 'digest subscribe time:08:00' };
    expect(commandAs('slack', example)).toBe('/sitrep digest subscribe 08:00');
    expect(commandAs('discord', example)).toBe('/digest subscribe time:08:00');
  });
});

describe.each(Object.entries(SPELLING))('replies read on %s name its commands', (platform, status) => {
  const bot = createTestBot({ schedules: true, platform: platform as Platform });
  const other = Object.values(SPELLING).filter((spelling) => spelling !== status);
  const expectOnlyOwnSpelling = (text: string) => {
    for (const spelling of other) expect(text).not.toContain(spelling);
  };

  test('digest status without a subscription says how to start one there', async () => {
    const text = textOf(await bot.say('digest status'));
    expect(text).toContain(`Start one with ${START[platform as keyof typeof START]}`);
    expectOnlyOwnSpelling(text);
  });

  test('a refused schedule change points at status and preview', async () => {
    const text = textOf(await bot.say('digest subscribe 08:00', { canManageChannel: false }));
    expect(text).toContain(status);
    expect(text).toContain(status.replace('status', 'preview'));
    expectOnlyOwnSpelling(text);
  });

  test('a mistyped action and a bad subscribe give examples there', async () => {
    const typo = textOf(await bot.say('digest statsu'));
    expect(typo).toContain(`Example: ${status}`);
    const badTime = textOf(await bot.say('digest subscribe 25:00'));
    expect(badTime).toContain(`Example: ${status.replace('status`', 'subscribe')}`);
    expectOnlyOwnSpelling(`${typo}\n${badTime}`);
  });

  test('an unknown command suggests and points at help there', async () => {
    const text = textOf(await bot.say('serch drones'));
    expect(text).toContain(`Did you mean ${status.replace('digest status', 'search')}?`);
    expect(text).toContain(`Type ${status.replace('digest status', 'help')} for the list.`);
  });
});

describe('a usage error', () => {
  test('shows the usage and an example as typed on each platform', async () => {
    const say = (platform: Platform) => createTestBot({ platform }).say('summarize');
    expect(textOf(await say('console'))).toBe(
      '`summarize` needs article. Usage: `summarize ARTICLE… [--sentences SENTENCES]`, e.g. `summarize Partners to Win`.',
    );
    expect(textOf(await say('slack'))).toBe(
      '`/sitrep summarize` needs article. Usage: `/sitrep summarize ARTICLE… [--sentences SENTENCES]`, e.g. `/sitrep summarize Partners to Win`.',
    );
    expect(textOf(await say('discord'))).toBe(
      '`/summarize` needs article. Usage: `/summarize article:ARTICLE [sentences:SENTENCES]`, e.g. `/summarize article:Partners to Win`.',
    );
  });

  test('a bad option value shows a good one as typed there', async () => {
    const discord = createTestBot({ platform: 'discord' });
    expect(textOf(await discord.say('search drones --limit 500'))).toBe(
      'The limit must be a whole number from 1 to 50, e.g. `/search query:drones limit:10`.',
    );
    const slack = createTestBot({ platform: 'slack' });
    expect(textOf(await slack.say('summarize Partners to Win --sentences 0'))).toBe(
      'The number of sentences must be a whole number from 1 to 10, e.g. `/sitrep summarize Partners to Win --sentences 2`.',
    );
  });
});
