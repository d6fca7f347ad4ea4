import type {
  AnswerReply,
  Citation,
  DigestItem,
  DigestReply,
  QuoteView,
  Reply,
  ReplyKind,
} from '../../../src/replies/reply.ts';

/** Realistic replies about the seed article, one or more per kind, for render tests. */

export const seed: Citation = {
  articleId: '000_7d9d51401f966fbd',
  title: 'USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium',
  url: 'https://news.example.org/nato-space-symposium',
  published: '2024-05-06',
  sentence:
    'Lt. Gen. Thomas James … represented the command at the inaugural NATO Space Symposium in Toulouse, France, April 29-30, 2024.',
};

export const answer: AnswerReply = {
  kind: 'answer',
  question: 'Where was the inaugural NATO Space Symposium held?',
  text: 'Lt. Gen. Thomas James and Air Commodore Darren Whiteley represented the command at the inaugural NATO Space Symposium in Toulouse, France, April 29-30, 2024.',
  highlight: 'Toulouse, France',
  confidence: 0.82,
  citations: [seed],
};

export const jamesQuote: QuoteView = {
  articleId: seed.articleId,
  title: seed.title,
  url: seed.url,
  published: seed.published,
  text: 'Space is hard',
  speaker: 'Lt. Gen. Thomas James',
  speakerShort: 'James',
  role: 'U.S. Space Command deputy commander',
};

export function digestItem(n: number, summaryLength = 200): DigestItem {
  return {
    articleId: `article-${n}`,
    title: `Article ${n}`,
    url: `https://news.example.org/${n}`,
    published: '2024-05-06',
    summary: [`Summary ${n}: ${'x'.repeat(summaryLength)}`],
  };
}

export function digestOf(groups: Array<{ topic: string; items: DigestItem[] }>): DigestReply {
  return {
    kind: 'digest',
    digest: {
      since: '2024-05-05T08:00:00Z',
      until: '2024-05-06T08:00:00Z',
      headline: 'Space briefing',
      groups,
    },
  };
}

/** One reply of every kind; the `satisfies` makes a new kind fail typecheck here too. */
export const everyKind = {
  answer,
  noAnswer: {
    kind: 'noAnswer',
    code: 'qa.noMatch',
    question: 'What do zebras eat?',
    message: 'Nothing in the knowledge base about “zebras”.',
    confidence: 0.04,
    closest: [seed],
  },
  definition: {
    kind: 'definition',
    acronym: 'USSPACECOM',
    expansions: [{ text: 'U.S. Space Command', count: 2, citation: seed }],
  },
  search: {
    kind: 'search',
    query: 'toulouse',
    results: [{ ...seed, score: 7.1, snippet: 'the inaugural NATO Space Symposium in Toulouse, France' }],
  },
  summary: {
    kind: 'summary',
    articleId: seed.articleId,
    title: seed.title,
    url: seed.url,
    published: seed.published,
    sentences: ['NATO held its first Space Symposium in Toulouse.', '27 of the 32 NATO countries attended.'],
  },
  quotes: { kind: 'quotes', query: 'space is hard', quotes: [jamesQuote] },
  digest: digestOf([
    { topic: 'NATO', items: [{ ...digestItem(1), quote: { text: 'Space is hard', speaker: 'James' } }] },
  ]),
  sources: {
    kind: 'sources',
    articles: 1,
    passages: 12,
    quotes: 4,
    skipped: 1,
    newest: [seed],
    feeds: [
      { url: 'https://news.example.org/feed.xml', ok: true, lastPolled: '2024-05-06T07:00:00Z', items: 3 },
      { url: 'https://broken.example.org/rss', ok: false, items: 0, error: 'HTTP 503' },
    ],
  },
  help: {
    kind: 'help',
    commands: [
      {
        name: 'ask',
        description: 'Answer a question',
        usage: 'ask QUESTION…',
        examples: ['ask Where was it held?'],
      },
      {
        name: 'quote',
        description: 'Find a quote',
        usage: 'quote [query…] [--speaker SPEAKER]',
        examples: [],
      },
    ],
  },
  notice: { kind: 'notice', title: 'Subscribed', lines: ['Daily at 08:00 Europe/Brussels.'], private: true },
  error: {
    kind: 'error',
    code: 'internal',
    ref: 'a1b2c3d4',
    message: 'Something went wrong on my side (ref a1b2c3d4).',
  },
} satisfies { [K in ReplyKind]: Extract<Reply, { kind: K }> };
