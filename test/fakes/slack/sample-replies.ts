import type {
  AnswerReply,
  Citation,
  DigestReply,
  ErrorReply,
  HelpReply,
  NoAnswerReply,
  NoticeReply,
  QuotesReply,
  SearchReply,
  SourcesReply,
  SummaryReply,
} from '../../../src/replies/reply.ts';

/**
 * One realistic reply of every kind, over the seed article (which has no URL) and a small
 * made-up article that has one, so both the linked and the plain title paths are exercised.
 */
export const SEED_ID = '000_7d9d51401f966fbd';
export const SEED_TITLE = 'USSPACECOM ‘Partners to Win’ at NATO’s First Space Symposium';
export const SEED_FIRST_SENTENCE =
  'Lt. Gen. Thomas James, U.S. Space Command deputy commander, and Royal Air Force Air Commodore Darren Whiteley, USSPACECOM Strategy, Policy and Plans deputy director, represented the command at the inaugural NATO Space Symposium in Toulouse, France, April 29-30, 2024.';

export const EXERCISE = {
  articleId: 'northern-star',
  title: 'Exercise Northern Star tests satellite links <& fallbacks>',
  url: 'https://example.org/news/northern-star?lang=en&print=1',
  published: '2024-05-03',
};

export const seedCitation: Citation = {
  articleId: SEED_ID,
  title: SEED_TITLE,
  published: '2024-05-06',
  sentence: SEED_FIRST_SENTENCE,
};

export const answer: AnswerReply = {
  kind: 'answer',
  question: 'Where was the inaugural NATO Space Symposium held?',
  text: SEED_FIRST_SENTENCE,
  highlight: 'Toulouse, France',
  confidence: 0.82,
  citations: [seedCitation, { ...EXERCISE, sentence: 'Crews switched to the backup link within minutes.' }],
};

export const noAnswer: NoAnswerReply = {
  kind: 'noAnswer',
  code: 'qa.noMatch',
  question: 'What is the budget of the NATO Space Centre?',
  message: 'I could not find an answer to that in the knowledge base.',
  confidence: 0.12,
  closest: [seedCitation, { ...EXERCISE, sentence: 'Crews switched to the backup link within minutes.' }],
};

export const search: SearchReply = {
  kind: 'search',
  query: 'commercial integration',
  results: [
    {
      articleId: SEED_ID,
      title: SEED_TITLE,
      published: '2024-05-06',
      score: 7.4,
      snippet:
        '…the topics of SDA, commercial integration and data sharing were threaded throughout all discussions…',
    },
    { ...EXERCISE, score: 2.1, snippet: 'Crews switched to the backup link within minutes.' },
  ],
};

export const summary: SummaryReply = {
  kind: 'summary',
  articleId: SEED_ID,
  title: SEED_TITLE,
  published: '2024-05-06',
  sentences: [
    SEED_FIRST_SENTENCE,
    'The approximately 300 attendees from across Allied nations’ defense, industry and academic communities engaged through a range of panels, speeches and group discussions.',
    'The United States was one of the initial 16 nations who launched the initiative.',
  ],
};

export const quotes: QuotesReply = {
  kind: 'quotes',
  query: 'space is hard',
  quotes: [
    {
      articleId: SEED_ID,
      title: SEED_TITLE,
      published: '2024-05-06',
      text: 'Space is hard',
      speaker: 'Lt. Gen. Thomas James',
      speakerShort: 'James',
      role: 'U.S. Space Command deputy commander',
    },
  ],
};

export const digest: DigestReply = {
  kind: 'digest',
  digest: {
    since: '2024-05-02T08:00:00.000Z',
    until: '2024-05-06T08:00:00.000Z',
    headline: 'Sitrep briefing: 2 new articles',
    groups: [
      {
        topic: 'Space',
        items: [
          {
            articleId: SEED_ID,
            title: SEED_TITLE,
            published: '2024-05-06',
            summary: [SEED_FIRST_SENTENCE],
            quote: { text: 'Space is hard', speaker: 'Lt. Gen. Thomas James' },
          },
        ],
      },
      {
        topic: 'Exercises',
        items: [{ ...EXERCISE, summary: ['Crews switched to the backup link within minutes.'] }],
      },
    ],
  },
};

export const sources: SourcesReply = {
  kind: 'sources',
  articles: 2,
  passages: 31,
  quotes: 4,
  skipped: 1,
  newest: [{ articleId: SEED_ID, title: SEED_TITLE, published: '2024-05-06' }, EXERCISE],
  feeds: [
    { url: 'https://example.org/feed.xml', ok: true, lastPolled: '2024-05-06T07:30:00Z', items: 12 },
    { url: 'https://example.net/rss', ok: false, items: 0, error: 'HTTP 503' },
  ],
};

export const help: HelpReply = {
  kind: 'help',
  commands: [
    {
      name: 'ask',
      description: 'Answer a question from the knowledge base, citing the articles',
      usage: 'ask QUESTION…',
      examples: ['ask Where was the inaugural NATO Space Symposium held?'],
    },
    {
      name: 'summarize',
      description: 'Summarize an article in a few of its own sentences',
      usage: 'summarize ARTICLE… [--sentences SENTENCES]',
      examples: ['summarize Partners to Win'],
    },
    {
      name: 'quote',
      description: 'Find who said what, verbatim, with speaker, role, article and date',
      usage: 'quote [query…] [--speaker SPEAKER]',
      examples: ['quote space is hard'],
    },
    {
      name: 'search',
      description: 'Find articles',
      usage: 'search QUERY…',
      examples: ['search commercial integration'],
    },
    {
      name: 'digest',
      description: 'The briefing: what is new, grouped by topic',
      usage: 'digest [action] [options…]',
      examples: ['digest', 'digest subscribe 08:00 Europe/Brussels space'],
    },
  ],
};

export const helpForQuote: HelpReply = { ...help, command: help.commands[2] };

export const publicNotice: NoticeReply = {
  kind: 'notice',
  title: 'Daily briefing on',
  lines: ['This channel gets the digest every day at 08:00 Europe/Brussels.', 'Topics: space.'],
};

export const privateNotice: NoticeReply = {
  kind: 'notice',
  title: 'Digest status',
  lines: ['Next briefing: tomorrow 08:00 Europe/Brussels.'],
  private: true,
};

export const unknownCommand: ErrorReply = {
  kind: 'error',
  code: 'command.unknown',
  message: "I don't know the command “serch”. Did you mean `search`? Type `help` for the list.",
  suggestions: ['search'],
};

export const notFound: ErrorReply = {
  kind: 'error',
  code: 'summarize.notFound',
  message: "No article matches “partners”. Try a shorter title, an id from `search`, or the article's URL.",
  suggestions: [SEED_TITLE],
};

export const internalError: ErrorReply = {
  kind: 'error',
  code: 'internal',
  ref: 'a1b2c3d4',
  message: 'Something went wrong on my side (ref a1b2c3d4).',
};
