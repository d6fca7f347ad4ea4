import type { APIEmbed } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { embedLength, LIMITS } from '../../../adapters/discord/limits.ts';
import type { OutgoingMessage } from '../../../adapters/discord/outgoing-message.ts';
import { render } from '../../../adapters/discord/render.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { answer, digestItem, digestOf, everyKind, jamesQuote, seed } from './sample-replies.ts';

function only(messages: OutgoingMessage[]): APIEmbed {
  expect(messages).toHaveLength(1);
  expect(messages[0]?.embeds).toHaveLength(1);
  return messages[0]?.embeds[0] as APIEmbed;
}

function expectWithinLimits(messages: OutgoingMessage[]): void {
  for (const message of messages) {
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(message.embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(
      LIMITS.charactersPerMessage,
    );
    for (const embed of message.embeds) {
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    }
  }
}

describe('render: every kind', () => {
  test.each(Object.entries(everyKind))('%s renders within the limits and pings nobody', (_kind, reply) => {
    const messages = render(reply as Reply);
    expect(messages.length).toBeGreaterThan(0);
    expectWithinLimits(messages);
    for (const message of messages) expect(message.allowedMentions.parse).toEqual([]);
  });

  test('only errors, private notices and private digests are ephemeral; misses are ordinary replies', () => {
    const ephemeral = Object.entries(everyKind)
      .filter(([, reply]) => render(reply as Reply).some((message) => message.ephemeral))
      .map(([kind]) => kind);
    expect(ephemeral).toEqual(['notice', 'error']);
    expect(render({ ...everyKind.notice, private: false })[0]?.ephemeral).toBe(false);
    expect(render({ ...everyKind.digest, private: true }).every((message) => message.ephemeral)).toBe(true);
  });
});

describe('render: answers', () => {
  test('puts the key span in bold, links the cited article with its date, shows the confidence', () => {
    const embed = only(render(answer));
    expect(embed.description).toContain('in **Toulouse, France**, April');
    expect(embed.fields?.[0]).toEqual({
      name: 'Sources',
      value:
        '1. [USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium](https://news.example.org/nato-space-symposium) · May 6, 2024',
    });
    expect(embed.footer?.text).toBe('Confidence 82%');
  });

  test('escapes markdown in article text so only the highlight is bold', () => {
    const embed = only(render({ ...answer, text: 'Costs fell *sharply* in 2024_Q1.', highlight: 'sharply' }));
    expect(embed.description).toBe('Costs fell \\***sharply**\\* in 2024\\_Q1.');
  });

  test('keeps an answer without a usable highlight plain', () => {
    expect(only(render({ ...answer, highlight: 'not in the text' })).description).not.toContain('**');
  });

  test('lists a citation without a URL by title alone, and drops non-web links', () => {
    const embed = only(
      render({ ...answer, citations: [{ ...seed, url: 'javascript:alert(1)', published: undefined }] }),
    );
    expect(embed.fields?.[0]?.value).toBe(`1. ${seed.title}`);
  });

  test('cuts an answer over 4,096 characters to the limit', () => {
    const embed = only(render({ ...answer, text: 'words '.repeat(1000), highlight: undefined }));
    expect(embed.description).toHaveLength(LIMITS.description);
    expect(embed.description?.endsWith('…')).toBe(true);
  });

  test('lists as many sources as fit in a field and says how many more there are', () => {
    const citations = Array.from({ length: 40 }, (_, i) => ({ ...seed, articleId: `a${i}` }));
    const value = only(render({ ...answer, citations })).fields?.[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(value).toMatch(/…and \d+ more$/);
  });

  test('offers the closest articles when the knowledge base has no answer', () => {
    const embed = only(render(everyKind.noAnswer));
    expect(embed.description).toBe('Nothing in the knowledge base about “zebras”.');
    expect(embed.fields?.[0]?.name).toBe('Closest articles');
    expect(embed.fields?.[0]?.value).toContain(`[${seed.title}](${seed.url})`);
  });
});

describe('render: search, summary, sources, help', () => {
  test('numbers search results with linked titles and escaped snippets', () => {
    const embed = only(
      render({
        ...everyKind.search,
        results: [{ ...everyKind.search.results[0]!, snippet: '*bold* claim' }],
      }),
    );
    expect(embed.description).toBe(`**1.** [${seed.title}](${seed.url}) · May 6, 2024\n\\*bold\\* claim`);
    expect(embed.footer?.text).toBe('1 result');
  });

  test('says plainly when search finds nothing', () => {
    expect(only(render({ kind: 'search', query: 'zebras', results: [] })).description).toContain(
      'Nothing in the knowledge base matches “zebras”',
    );
  });

  test('keeps the search description within 4,096 characters, ending with how many results were left out', () => {
    const results = Array.from({ length: 30 }, (_, i) => ({
      ...seed,
      articleId: `a${i}`,
      score: 1,
      snippet: 's'.repeat(300),
    }));
    const description = only(render({ kind: 'search', query: 'space', results })).description ?? '';
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(description).toMatch(/…and \d+ more results$/);
  });

  test('links a summary title to the article and puts date and id in the footer', () => {
    const embed = only(render(everyKind.summary));
    expect(embed).toMatchObject({
      title: seed.title,
      url: seed.url,
      footer: { text: `May 6, 2024 · ${seed.articleId}` },
    });
    expect(embed.description).toBe(
      '• NATO held its first Space Symposium in Toulouse.\n• 27 of the 32 NATO countries attended.',
    );
  });

  test('cuts a title over 256 characters to the limit', () => {
    expect(only(render({ ...everyKind.summary, title: 't'.repeat(300) })).title).toHaveLength(LIMITS.title);
  });

  test('shows counts and the health of each feed', () => {
    const embed = only(render(everyKind.sources));
    expect(embed.fields?.slice(0, 4).map((f) => `${f.name}=${f.value}`)).toEqual([
      'Articles=1',
      'Passages=12',
      'Quotes=4',
      'Skipped files=1',
    ]);
    expect(embed.fields?.find((f) => f.name === 'Feeds')?.value).toBe(
      '✅ <https://news.example.org/feed.xml> — 3 items, polled May 6, 2024\n⚠️ <https://broken.example.org/rss> — HTTP 503',
    );
  });

  test('lists commands as slash commands, and one command with its examples', () => {
    expect(only(render(everyKind.help)).fields?.map((f) => f.name)).toEqual(['/ask', '/quote']);
    const one = only(render({ ...everyKind.help, command: everyKind.help.commands[0] }));
    expect(one.title).toBe('/ask');
    expect(one.fields?.find((f) => f.name === 'Examples')?.value).toBe('`ask Where was it held?`');
  });
});

describe('render: quotes', () => {
  test('uses the speaker and role as the author line and cites the article', () => {
    const embed = only(render(everyKind.quotes));
    expect(embed.author?.name).toBe('Lt. Gen. Thomas James, U.S. Space Command deputy commander');
    expect(embed.description).toBe('“Space is hard”');
    expect(embed.fields?.[0]?.value).toBe(`[${seed.title}](${seed.url}) · May 6, 2024`);
  });

  test('names the speaker alone when the role is unknown', () => {
    expect(only(render({ ...everyKind.quotes, quotes: [{ ...jamesQuote, role: null }] })).author?.name).toBe(
      'Lt. Gen. Thomas James',
    );
  });

  test('sends 10 quotes in one message and the 11th in a second', () => {
    const quotes = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...jamesQuote, text: `Quote ${i}` }));
    expect(render({ ...everyKind.quotes, quotes: quotes(10) }).map((m) => m.embeds.length)).toEqual([10]);
    expect(render({ ...everyKind.quotes, quotes: quotes(11) }).map((m) => m.embeds.length)).toEqual([10, 1]);
  });

  test('says so when no quote matched', () => {
    expect(only(render({ kind: 'quotes', query: 'zebras', speaker: 'James', quotes: [] })).description).toBe(
      'I found no quote by James about “zebras”.',
    );
  });
});

describe('render: errors and notices', () => {
  test('shows a bug only by its reference id', () => {
    const [message] = render(everyKind.error);
    expect(message?.ephemeral).toBe(true);
    expect(message?.embeds[0]?.footer?.text).toBe('ref a1b2c3d4');
    expect(message?.embeds[0]?.description).toBe('Something went wrong on my side (ref a1b2c3d4).');
  });

  test('shows the stable code and "did you mean" for an expected failure', () => {
    const embed = only(
      render({
        kind: 'error',
        code: 'summarize.notFound',
        message: 'No article matches “x”.',
        suggestions: ['Partners *to* Win'],
      }),
    );
    expect(embed.footer?.text).toBe('summarize.notFound');
    expect(embed.fields?.[0]).toEqual({ name: 'Did you mean', value: '• Partners \\*to\\* Win' });
  });
});

describe('render: digests', () => {
  test('renders a header, then one embed per topic group with items linked', () => {
    const reply = digestOf([
      { topic: 'NATO', items: [digestItem(1)] },
      { topic: 'Industry', items: [digestItem(2), digestItem(3)] },
    ]);
    const [message, ...more] = render(reply);
    expect(more).toEqual([]);
    expect(message?.embeds.map((e) => e.title)).toEqual(['Space briefing', 'NATO', 'Industry']);
    expect(message?.embeds[0]?.footer?.text).toBe('May 5, 2024 – May 6, 2024 · 3 articles');
    expect(message?.embeds[2]?.description).toContain(
      '**[Article 3](https://news.example.org/3) · May 6, 2024**',
    );
  });

  test('shows a quote under its item', () => {
    const description = render(everyKind.digest)[0]?.embeds[1]?.description;
    expect(description).toContain('> “Space is hard” — James');
  });

  test('keeps a group whose items fill 4,096 characters in one embed', () => {
    const items = sizedItems(2, 4096);
    const embeds = render(digestOf([{ topic: 'NATO', items }])).flatMap((m) => m.embeds);
    expect(embeds.map((e) => e.title)).toEqual(['Space briefing', 'NATO']);
    expect(embeds[1]?.description).toHaveLength(4096);
  });

  test('continues a group one character over 4,096 in a second embed, split between items', () => {
    const items = sizedItems(2, 4097);
    const embeds = render(digestOf([{ topic: 'NATO', items }])).flatMap((m) => m.embeds);
    expect(embeds.map((e) => e.title)).toEqual(['Space briefing', 'NATO', 'NATO (continued)']);
    expect(embeds[1]?.description).toContain('Article 1');
    expect(embeds[2]?.description?.startsWith('**[Article 2]')).toBe(true);
  });

  test('starts a new message at the 11th embed', () => {
    const groups = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ topic: `Topic ${i}`, items: [digestItem(i, 10)] }));
    expect(render(digestOf(groups(9))).map((m) => m.embeds.length)).toEqual([10]);
    expect(render(digestOf(groups(10))).map((m) => m.embeds.length)).toEqual([10, 1]);
  });

  test('splits a digest over 6,000 characters across messages without breaking or losing an item', () => {
    const items = Array.from({ length: 16 }, (_, i) => digestItem(i, 600));
    const messages = render(
      digestOf([
        { topic: 'NATO', items: items.slice(0, 10) },
        { topic: 'Industry', items: items.slice(10) },
      ]),
    );
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(3);
    expectWithinLimits(messages);
    const text = messages
      .flatMap((m) => m.embeds)
      .map((e) => e.description ?? '')
      .join('\n');
    for (const item of items) expect(text.split(`**[${item.title}](`).length - 1).toBe(1);
    for (const item of items) expect(text).toContain(item.summary[0]);
  });
});

/** `count` items whose blocks, joined with a blank line, are exactly `total` characters long. */
function sizedItems(count: number, total: number) {
  const overhead = (n: number) =>
    `**[Article ${n}](https://news.example.org/${n}) · May 6, 2024**\nSummary ${n}: `.length;
  const separators = (count - 1) * 2;
  let left = total - separators;
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const size = i === count - 1 ? left : Math.floor((total - separators) / count);
    left -= size;
    return digestItem(n, size - overhead(n));
  });
}
