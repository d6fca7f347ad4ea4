import { describe, expect, test } from 'vitest';
import { CONSOLE_MESSAGE_CHARS, render as renderConsole } from '../../adapters/console/render.ts';
import { render as renderDiscord } from '../../adapters/discord/render.ts';
import { render as renderSlack } from '../../adapters/slack/render.ts';
import { capReply, MAX_MESSAGES_PER_REPLY, omittedNote } from '../../src/replies/cap-reply.ts';
import type { DigestItem, DigestReply, Reply } from '../../src/replies/reply.ts';

/** A week-long digest over `count` articles, in three topics, each with a summary and a quote. */
function bigDigest(count: number): DigestReply {
  const item = (n: number): DigestItem => ({
    articleId: `story-${n}`,
    title: `Story #${n} on harbor traffic`,
    url: `https://news.example/${n}`,
    published: '2026-11-30',
    summary: [
      `Harbor traffic rose for the ${n}th straight week as tugboat crews worked double shifts.`,
      'Port officials expect the rise to continue through the winter season.',
    ],
    quote: { text: 'We have never been this busy in December.', speaker: 'Capt. Ellen Marsh' },
  });
  const items = Array.from({ length: count }, (_, n) => item(n + 1));
  const third = Math.ceil(count / 3);
  return {
    kind: 'digest',
    digest: {
      since: '2026-11-27T00:00:00Z',
      until: '2026-12-04T00:00:00Z',
      headline: `${count} stories this week`,
      groups: [
        { topic: 'Harbors', items: items.slice(0, third) },
        { topic: 'Shipping', items: items.slice(third, 2 * third) },
        { topic: 'Weather', items: items.slice(2 * third) },
      ],
    },
  };
}

/** The story numbers a rendering shows, in order of first appearance. */
function shownStories(text: string): number[] {
  const numbers = [...text.matchAll(/Story #(\d+)/g)].map((match) => Number(match[1]));
  return [...new Set(numbers)];
}

/** Each platform's rendering as a message count and the text of all messages. */
const platforms: Array<[string, (reply: Reply) => { messages: number; text: string }]> = [
  ['Slack', (reply) => measured(renderSlack(reply).messages)],
  ['Discord', (reply) => measured(renderDiscord(reply))],
  [
    'the console',
    (reply) => {
      const text = renderConsole(reply, { color: false });
      return { messages: Math.ceil(text.length / CONSOLE_MESSAGE_CHARS), text };
    },
  ],
];

function measured(messages: unknown[]): { messages: number; text: string } {
  return { messages: messages.length, text: JSON.stringify(messages) };
}

describe('replies are capped at three messages', () => {
  test.each(platforms)(
    'on %s a 2,000-article digest takes at most 3 messages and says how many were left out',
    (_platform, render) => {
      const { messages, text } = render(bigDigest(2_000));
      expect(messages).toBeLessThanOrEqual(MAX_MESSAGES_PER_REPLY);
      const shown = shownStories(text);
      expect(shown.length).toBeGreaterThan(5);
      expect(shown).toEqual(Array.from({ length: shown.length }, (_, n) => n + 1));
      expect(text).toContain(
        `… and ${2_000 - shown.length} more articles not shown; ask for a shorter window`,
      );
    },
  );

  test.each(platforms.slice(0, 2))(
    'on %s the digest header still counts every article',
    (_platform, render) => {
      expect(render(bigDigest(2_000)).text).toContain('2000 articles');
    },
  );

  test.each(platforms)('on %s a small digest is whole, with no note', (_platform, render) => {
    const { messages, text } = render(bigDigest(4));
    expect(messages).toBe(1);
    expect(shownStories(text)).toEqual([1, 2, 3, 4]);
    expect(text).not.toContain('not shown');
  });

  test('keeps as many articles as fit: one more would not', () => {
    // A renderer that puts each article in its own message, plus one for the headline.
    const perArticle = (reply: Reply) =>
      reply.kind === 'digest' ? ['headline', ...reply.digest.groups.flatMap((group) => group.items)] : [];
    const messages = capReply(bigDigest(10), perArticle, 3);
    expect(messages).toHaveLength(3);
    expect(messages.slice(1)).toEqual([
      expect.objectContaining({ articleId: 'story-1' }),
      expect.objectContaining({ articleId: 'story-2' }),
    ]);
  });

  test('says "1 more article" for one', () => {
    expect(omittedNote(1)).toBe(
      '… and 1 more article not shown; ask for a shorter window, e.g. `digest 1d`.',
    );
    expect(omittedNote(37)).toMatch(/^… and 37 more articles not shown/);
  });
});
