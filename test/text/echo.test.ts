import { describe, expect, test } from 'vitest';
import { render as renderDiscord } from '../../adapters/discord/render.ts';
import { render as renderSlack } from '../../adapters/slack/render.ts';
import { renderText } from '../../src/replies/render-text.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { closest } from '../../src/subscriptions/closest.ts';
import { knownTimeZones } from '../../src/subscriptions/time-zones.ts';
import { ECHO_LIMIT, echo } from '../../src/text/echo.ts';
import { closestMatches } from '../../src/text/edit-distance.ts';
import { createTestBot } from '../support/test-bot.ts';

// Distinct words, so a test can tell how much of the input came back.
const longText = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
const longWord = 'x'.repeat(10_000);

describe('echo', () => {
  test('short input comes back as typed, with whitespace runs collapsed', () => {
    expect(echo('  where was\n the   symposium? ')).toBe('where was the symposium?');
  });

  test('long input is cut near the limit at a word boundary, with an ellipsis', () => {
    const shown = echo(longText);
    expect(shown.length).toBeLessThanOrEqual(ECHO_LIMIT);
    expect(shown.length).toBeGreaterThan(ECHO_LIMIT * 0.8);
    expect(shown.endsWith('…')).toBe(true);
    expect(longText.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown.slice(0, -1)).toMatch(/word\d+$/);
  });

  test('a word with no spaces is cut hard, and an emoji is never split', () => {
    expect(echo(longWord)).toBe(`${'x'.repeat(ECHO_LIMIT - 1)}…`);
    const emoji = echo(`${'a'.repeat(ECHO_LIMIT - 2)}😀😀😀`);
    expect(emoji).toBe(`${'a'.repeat(ECHO_LIMIT - 2)}…`);
  });
});

describe('a reply never repeats long input whole', () => {
  const bot = createTestBot({ schedules: true });
  const messageOf = (reply: Reply) => (reply.kind === 'error' ? reply.message : renderText(reply));

  test.each([
    ['quote', `quote ${longText}`],
    ['quote by speaker', `quote --speaker "${longText}"`],
    ['summarize', `summarize ${longText}`],
    ['a window', `digest 7${longWord}`],
    ['a subscribe topic', `digest subscribe ${longWord}`],
    ['a subscribe time zone', `digest subscribe Europe/${longWord}`],
    ['a digest action', `digest ${longWord}`],
    ['help for an unknown command', `help ${longWord}`],
  ])('%s', async (_name, typed) => {
    const reply = await bot.say(typed);
    const text = messageOf(reply);
    expect(text.length).toBeLessThan(ECHO_LIMIT + 600);
    expect(text).not.toContain('word399');
    expect(text).not.toContain('x'.repeat(ECHO_LIMIT + 1));
  });

  test('"did you mean" over a pasted page costs no more than over a word', () => {
    knownTimeZones();
    const started = performance.now();
    expect(closest(longWord, knownTimeZones())).toEqual([]);
    expect(closestMatches(longWord, ['ask', 'search', 'summarize'])).toEqual([]);
    expect(performance.now() - started).toBeLessThan(100);
  });

  test('an empty search shows a short query in the console, Slack and Discord', () => {
    const reply: Reply = { kind: 'search', query: longText, results: [] };
    for (const rendered of [
      renderText(reply),
      JSON.stringify(renderSlack(reply).messages),
      JSON.stringify(renderDiscord(reply)),
    ]) {
      expect(rendered).toContain('word0 word1');
      expect(rendered).not.toContain('word399');
    }
  });
});
