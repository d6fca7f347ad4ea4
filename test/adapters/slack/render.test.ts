import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../adapters/slack/blocks.ts';
import { type RenderedReply, render } from '../../../adapters/slack/render.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import * as sample from '../../fakes/slack/sample-replies.ts';

/**
 * Every string Slack parses as mrkdwn in the rendered messages, fallback texts included
 * (plain_text, used by headers, is shown as written and never parsed).
 */
function mrkdwnTexts(rendered: RenderedReply): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (typeof object['text'] === 'string' && object['type'] !== 'plain_text') found.push(object['text']);
      Object.values(object).forEach(visit);
    }
  };
  visit(rendered.messages);
  return found;
}

function sectionTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'section' && block.text ? [block.text.text] : []));
}

function contextTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'context' ? block.elements.map((e) => ('text' in e ? e.text : '')) : [],
  );
}

function only(rendered: RenderedReply): Block[] {
  expect(rendered.messages).toHaveLength(1);
  return rendered.messages[0]!.blocks;
}

const EXERCISE_LINK =
  '<https://example.org/news/northern-star?lang=en&amp;print=1|Exercise Northern Star tests satellite links &lt;&amp; fallbacks&gt;>';

describe('render: answers', () => {
  test('an answer shows the question, the answer with its key span in bold, and numbered citations', () => {
    const rendered = render(sample.answer);
    const blocks = only(rendered);
    expect(contextTexts(blocks)[0]).toBe(
      ':speech_balloon: Where was the inaugural NATO Space Symposium held?',
    );
    expect(sectionTexts(blocks)).toEqual([
      sample.SEED_FIRST_SENTENCE.replace('Toulouse, France', '*Toulouse, France*'),
    ]);
    expect(contextTexts(blocks).slice(1)).toEqual([
      '[1] USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium · May 6, 2024',
      `[2] ${EXERCISE_LINK} · May 3, 2024`,
    ]);
    expect(rendered.audience).toBe('shareable');
    expect(rendered.messages[0]!.text).toMatch(/^Lt\. Gen\. Thomas James.*\*Toulouse, France\*/);
  });

  test('a key span inside a word, or missing from the answer, is left plain', () => {
    const inWord = render({
      ...sample.answer,
      text: 'The Toulousean delegation met.',
      highlight: 'Toulouse',
    });
    expect(sectionTexts(only(inWord))).toEqual(['The Toulousean delegation met.']);
    const missing = render({ ...sample.answer, text: 'It met in Paris.', highlight: 'Toulouse' });
    expect(sectionTexts(only(missing))).toEqual(['It met in Paris.']);
  });

  test('no answer says so and lists the closest articles instead', () => {
    const blocks = only(render(sample.noAnswer));
    expect(sectionTexts(blocks)).toEqual([
      ':mag: I could not find an answer to that in the knowledge base.',
      [
        '*Closest articles*',
        '1. USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium · May 6, 2024',
        `2. ${EXERCISE_LINK} · May 3, 2024`,
      ].join('\n'),
    ]);
  });

  test('search lists each result with its linked title, date and snippet', () => {
    const blocks = only(render(sample.search));
    expect(contextTexts(blocks)).toEqual([':mag: Search: “commercial integration” · 2 results']);
    expect(sectionTexts(blocks)[1]).toBe(
      `*2. ${EXERCISE_LINK}* · May 3, 2024\nCrews switched to the backup link within minutes.`,
    );
    expect(sectionTexts(only(render({ ...sample.search, results: [] })))).toEqual([
      'No articles match “commercial integration”.',
    ]);
  });
});

describe('render: articles', () => {
  test('a summary has the title as header, the source line, then one bullet per sentence', () => {
    const blocks = only(render(sample.summary));
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: sample.SEED_TITLE } });
    expect(contextTexts(blocks)).toEqual(['May 6, 2024 · `000_7d9d51401f966fbd`']);
    expect(sectionTexts(blocks)[0]!.split('\n')).toEqual(sample.summary.sentences.map((s) => `• ${s}`));
    const linked = only(render({ ...sample.summary, url: 'https://example.org/a' }));
    expect(contextTexts(linked)[0]).toMatch(/^<https:\/\/example\.org\/a\|Read the article> · May 6, 2024/);
  });

  test('a quote comes first, then "— speaker, role", then the article', () => {
    const blocks = only(render(sample.quotes));
    expect(contextTexts(blocks)[0]).toBe(':speaking_head_in_silhouette: Quotes about “space is hard”');
    expect(sectionTexts(blocks)).toEqual([
      '>“Space is hard”\n— Lt. Gen. Thomas James, U.S. Space Command deputy commander',
    ]);
    expect(contextTexts(blocks)[1]).toBe(
      'USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium · May 6, 2024',
    );
    const quoteIndex = blocks.findIndex((b) => b.type === 'section');
    const articleIndex = blocks.findLastIndex((b) => b.type === 'context');
    expect(quoteIndex).toBeLessThan(articleIndex);
  });

  test('quotes are separated by dividers, and a speaker without a role is shown alone', () => {
    const second = { ...sample.quotes.quotes[0]!, text: 'But hard is authorized', role: null };
    const blocks = only(render({ ...sample.quotes, quotes: [sample.quotes.quotes[0]!, second] }));
    expect(blocks.filter((b) => b.type === 'divider')).toHaveLength(1);
    expect(sectionTexts(blocks)[1]).toBe('>“But hard is authorized”\n— Lt. Gen. Thomas James');
  });

  test('a digest has its headline, window, topics, items with summaries and key quotes', () => {
    const blocks = only(render(sample.digest));
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Sitrep briefing: 2 new articles' } });
    expect(contextTexts(blocks)).toEqual([':newspaper: May 2, 2024 – May 6, 2024 · 2 articles']);
    expect(sectionTexts(blocks)).toEqual([
      '*Space*',
      [
        '*USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium* · May 6, 2024',
        sample.SEED_FIRST_SENTENCE,
        '>“Space is hard”\n— Lt. Gen. Thomas James',
      ].join('\n'),
      '*Exercises*',
      `*${EXERCISE_LINK}* · May 3, 2024\nCrews switched to the backup link within minutes.`,
    ]);
    expect(blocks.filter((b) => b.type === 'divider')).toHaveLength(1);
  });

  test('a private digest (a preview) is for the asker only', () => {
    expect(render(sample.digest).audience).toBe('shareable');
    expect(render({ ...sample.digest, private: true }).audience).toBe('asker');
  });

  test('an empty digest says nothing is new', () => {
    const empty = render({ kind: 'digest', digest: { ...sample.digest.digest, groups: [] } });
    expect(sectionTexts(only(empty))).toEqual(['Nothing new in this window.']);
  });
});

describe('render: status replies', () => {
  test('sources shows counts, the newest articles and feed health', () => {
    const section = sectionTexts(only(render(sample.sources))).join('\n');
    expect(section).toContain('*2* articles · *31* passages · *4* quotes · *1* file skipped');
    expect(section).toContain(`• ${EXERCISE_LINK} · May 3, 2024`);
    expect(section).toContain(
      '• <https://example.org/feed.xml|https://example.org/feed.xml>: :white_check_mark: 12 items · polled May 6, 2024',
    );
    expect(section).toContain(':warning: failing: HTTP 503');
  });

  test('help lists every command as a /sitrep usage with an example; help for one command explains it', () => {
    const all = sectionTexts(only(render(sample.help))).join('\n');
    expect(all).toContain(
      '*`/sitrep ask QUESTION…`*\nAnswer a question from the knowledge base, citing the articles · e.g. `/sitrep ask Where was the inaugural NATO Space Symposium held?`',
    );
    expect(all.match(/\/sitrep /g)?.length).toBeGreaterThanOrEqual(sample.help.commands.length * 2);
    const one = only(render(sample.helpForQuote));
    expect(sectionTexts(one)).toEqual([
      '*`/sitrep quote [query…] [--speaker SPEAKER]`*\nFind who said what, verbatim, with speaker, role, article and date',
    ]);
    expect(contextTexts(one)).toEqual(['e.g. `/sitrep quote space is hard`']);
  });

  test('a notice is for the channel unless it is private', () => {
    const shown = render(sample.publicNotice);
    expect(sectionTexts(only(shown))).toEqual([
      '*Daily briefing on*\nThis channel gets the digest every day at 08:00 Europe/Brussels.\nTopics: space.',
    ]);
    expect(shown.audience).toBe('channel');
    expect(render(sample.privateNotice).audience).toBe('asker');
  });

  test('errors go to the asker, with suggestions and reference only when the message lacks them', () => {
    const unknown = render(sample.unknownCommand);
    expect(unknown.audience).toBe('asker');
    expect(contextTexts(only(unknown))).toEqual([]);
    const notFound = only(render(sample.notFound));
    expect(contextTexts(notFound)).toEqual([`Did you mean “${sample.SEED_TITLE}”?`]);
    const internal = render({ ...sample.internalError, message: 'Something went wrong on my side.' });
    expect(contextTexts(only(internal))).toEqual(['Reference: `a1b2c3d4`']);
  });
});

describe('render: safety and limits', () => {
  const hostile = 'Ping <!channel> and <!here> and <@U0BOSS> & <https://evil.example|click> now.';
  const hostileReplies: Reply[] = [
    { ...sample.answer, text: hostile, highlight: '<!here>', question: hostile },
    { ...sample.noAnswer, message: hostile, closest: [{ ...sample.seedCitation, title: hostile }] },
    {
      ...sample.search,
      query: hostile,
      results: [{ ...sample.search.results[0]!, title: hostile, snippet: hostile }],
    },
    { ...sample.summary, title: hostile, sentences: [hostile], articleId: hostile },
    {
      ...sample.quotes,
      query: hostile,
      quotes: [{ ...sample.quotes.quotes[0]!, text: hostile, speaker: hostile, role: hostile }],
    },
    {
      kind: 'digest',
      digest: {
        ...sample.digest.digest,
        headline: hostile,
        groups: [
          {
            topic: hostile,
            items: [
              {
                articleId: 'x',
                title: hostile,
                summary: [hostile],
                quote: { text: hostile, speaker: hostile },
              },
            ],
          },
        ],
      },
    },
    {
      ...sample.sources,
      newest: [{ articleId: 'x', title: hostile }],
      feeds: [{ url: hostile, ok: false, items: 0, error: hostile }],
    },
    { kind: 'help', commands: [{ name: 'x', description: hostile, usage: hostile, examples: [hostile] }] },
    { kind: 'notice', title: hostile, lines: [hostile] },
    { kind: 'error', code: 'x', message: hostile, suggestions: [hostile], ref: hostile },
  ];

  test.each(hostileReplies.map((reply) => [reply.kind, reply] as const))(
    'article text in a %s reply can never mention anyone or forge a link',
    (_kind, reply) => {
      for (const text of mrkdwnTexts(render(reply))) {
        // The only markup Sitrep emits itself: links to article URLs and block quotes.
        const withoutOwnMarkup = text.replace(/<https:\/\/[^<>|\s]+\|[^<>]*>/g, '').replace(/^>/gm, '');
        expect(withoutOwnMarkup).not.toMatch(/[<>]/);
        expect(text).not.toContain('<!');
        expect(text).not.toContain('<@');
      }
    },
  );

  test('any text, with any key span and any linked title, stays inert', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), fc.nat(20), (text, title, at) => {
        const rendered = render({
          ...sample.answer,
          text,
          highlight: text.slice(at, at + 6),
          citations: [
            { ...sample.seedCitation, title, url: `https://example.org/${encodeURIComponent(title)}` },
          ],
        });
        for (const mrkdwn of mrkdwnTexts(rendered)) {
          expect(mrkdwn.replace(/<https:\/\/[^<>|\s]+\|[^<>]*>/g, '')).not.toMatch(/[<>]/);
        }
      }),
    );
  });

  test('a link to a javascript: URL or a URL with "|" and ">" cannot break out of the link', () => {
    const blocks = only(render({ ...sample.summary, url: 'javascript:alert(1)' }));
    expect(contextTexts(blocks)[0]).not.toContain('javascript');
    const odd = only(render({ ...sample.summary, url: 'https://example.org/a|b>c' }));
    expect(contextTexts(odd)[0]).toMatch(/^<https:\/\/example\.org\/a%7Cb%3Ec\|Read the article>/);
  });

  test('a long summary is split into sections of at most 3,000 characters at sentence ends', () => {
    const sentences = Array.from(
      { length: 60 },
      (_, i) => `Sentence ${i} about satellite ${'links '.repeat(20).trim()}.`,
    );
    const rendered = render({ ...sample.summary, sentences: [sentences.join(' ')] });
    const sections = sectionTexts(only(rendered));
    expect(sections.length).toBeGreaterThan(2);
    for (const text of sections) {
      expect(text.length).toBeLessThanOrEqual(3_000);
      expect(text).toMatch(/\.$/);
    }
    expect(sections.join(' ')).toBe(`• ${sentences.join(' ')}`);
  });

  test('a very long sentence is split between words, never inside one', () => {
    const words = Array.from({ length: 1_500 }, (_, i) => `word${i}`);
    const rendered = render({ ...sample.summary, sentences: [words.join(' ')] });
    const pieces = sectionTexts(only(rendered));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= 3_000)).toBe(true);
    expect(pieces.join(' ').split(' ')).toEqual(['•', ...words]);
  });

  test('a reply of more than 50 blocks becomes several messages, each within the limit', () => {
    const items = Array.from({ length: 80 }, (_, i) => ({
      articleId: `a${i}`,
      title: `Article ${i}`,
      summary: [`Summary of article ${i}.`],
    }));
    const groups = [0, 1, 2, 3].map((g) => ({
      topic: `Topic ${g}`,
      items: items.slice(g * 20, g * 20 + 20),
    }));
    const rendered = render({ kind: 'digest', digest: { ...sample.digest.digest, groups } });
    expect(rendered.messages.length).toBe(2);
    for (const message of rendered.messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(message.blocks[0]?.type).not.toBe('divider');
      expect(message.blocks.at(-1)?.type).not.toBe('divider');
      expect(message.text.length).toBeGreaterThan(0);
      expect(message.text.length).toBeLessThanOrEqual(3_000);
    }
    const all = rendered.messages.flatMap((m) => sectionTexts(m.blocks)).join('\n');
    expect(all).toContain('Summary of article 0.');
    expect(all).toContain('Summary of article 79.');
    expect(render(sample.digest, { maxBlocks: 3 }).messages.every((m) => m.blocks.length <= 3)).toBe(true);
  });

  test('a header longer than 150 characters is shortened at a word boundary', () => {
    const title = `${'Northern Star '.repeat(20)}ends here`;
    const header = only(render({ ...sample.summary, title }))[0];
    expect(header).toMatchObject({ type: 'header' });
    const text = header?.type === 'header' ? header.text.text : '';
    expect(text.length).toBeLessThanOrEqual(150);
    expect(text).toMatch(/…$/);
    const kept = text.slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    expect(title[kept.length]).toBe(' ');
  });

  test('every kind of reply renders with a fallback text on every message', () => {
    const all: Reply[] = [
      sample.answer,
      sample.noAnswer,
      sample.search,
      sample.summary,
      sample.quotes,
      sample.digest,
      sample.sources,
      sample.help,
      sample.publicNotice,
      sample.unknownCommand,
    ];
    for (const reply of all) {
      const { messages } = render(reply);
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(message.text.trim()).not.toBe('');
    }
  });
});
