import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { embedLength, LIMITS } from '../../../adapters/discord/limits.ts';
import { render } from '../../../adapters/discord/render.ts';
import { MAX_MESSAGES_PER_REPLY, omittedNote, omittedQuotesNote } from '../../../src/replies/cap-reply.ts';
import type { DigestGroup, QuoteView } from '../../../src/replies/reply.ts';
import { digestOf, jamesQuote } from './sample-replies.ts';

const item = (id: number, summaryLength: number, quoteLength: number) => ({
  articleId: `article-${id}`,
  title: `Item${id}`,
  published: '2024-05-06',
  summary: [`s${id} ${'x'.repeat(summaryLength)}`],
  ...(quoteLength > 0 ? { quote: { text: 'q'.repeat(quoteLength), speaker: 'James' } } : {}),
});

const groupsArbitrary = fc
  .array(fc.array(fc.tuple(fc.nat({ max: 3000 }), fc.nat({ max: 600 })), { minLength: 1, maxLength: 12 }), {
    minLength: 0,
    maxLength: 14,
  })
  .map((groups) => {
    let id = 0;
    return groups.map(
      (items, g): DigestGroup => ({
        topic: `Topic ${g}`,
        items: items.map(([summary, quote]) => item(id++, summary, quote)),
      }),
    );
  });

function withinLimits(messages: ReturnType<typeof render>): boolean {
  return messages.every(
    (m) =>
      m.embeds.length >= 1 &&
      m.embeds.length <= LIMITS.embedsPerMessage &&
      m.embeds.reduce((sum, e) => sum + embedLength(e), 0) <= LIMITS.charactersPerMessage &&
      m.embeds.every((e) => (e.description?.length ?? 0) <= LIMITS.description),
  );
}

describe('render limits hold for any size of reply', () => {
  test('a digest of any shape stays within every limit and shows each item once, in order, or says what it left out', () => {
    fc.assert(
      fc.property(groupsArbitrary, (groups) => {
        const messages = render(digestOf(groups));
        expect(withinLimits(messages)).toBe(true);
        expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES_PER_REPLY);
        const text = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('\n');
        const shown = [...text.matchAll(/\*\*Item(\d+) · /g)].map((match) => Number(match[1]));
        const expected = groups.flatMap((g) => g.items.map((i) => Number(i.articleId.slice(8))));
        // Every item in order, or the first ones and a note counting exactly the rest.
        expect(shown).toEqual(expected.slice(0, shown.length));
        if (shown.length < expected.length)
          expect(text).toContain(omittedNote(expected.length - shown.length));
      }),
      { numRuns: 60 },
    );
  });

  test('any number of quotes of any length stays within every limit, none lost without a note', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5000 }), { maxLength: 30 }), (lengths) => {
        const quotes: QuoteView[] = lengths.map((length, i) => ({
          ...jamesQuote,
          text: `${i} ${'w'.repeat(length)}`,
        }));
        const messages = render({ kind: 'quotes', query: 'space', quotes });
        expect(withinLimits(messages)).toBe(true);
        expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES_PER_REPLY);
        const embeds = messages.flatMap((m) => m.embeds);
        const shown = embeds.filter((embed) => embed.author).length;
        // Every quote, or the first ones and a note counting exactly the rest.
        if (shown < quotes.length) {
          expect(embeds.at(-1)?.description).toBe(omittedQuotesNote(quotes.length - shown));
        } else {
          expect(embeds).toHaveLength(Math.max(1, quotes.length));
        }
      }),
      { numRuns: 60 },
    );
  });
});
