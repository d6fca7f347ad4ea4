import { codeFor } from '../bot/command-syntax.ts';
import type { Platform } from '../bot/request.ts';
import { cachedReply } from '../knowledge-base/reply-cache.ts';
import { findArticle } from '../summarize/find-article.ts';
import { summarizeArticle } from '../summarize/summarize-article.ts';
import { echo } from '../text/echo.ts';
import type { Command } from './command.ts';
import { UserError } from './command.ts';
import type { Services } from './services.ts';

const MAX_SENTENCES = 10;

export const summarize: Command<Services> = {
  name: 'summarize',
  description: 'Summarize an article in a few of its own sentences',
  args: [
    {
      name: 'article',
      description: 'Article id, title (or part of it) or URL',
      required: true,
      rest: true,
      autocomplete: 'article',
    },
    { name: 'sentences', description: `How many sentences (1-${MAX_SENTENCES}, default 3)`, required: false },
  ],
  examples: ['summarize Partners to Win', 'summarize 000_7d9d51401f966fbd --sentences 2'],
  async run({ article, sentences }, { knowledge, importUrl }, { user, channel }) {
    const count = parseSentenceCount(sentences, channel.platform);
    const ref = article?.trim() ?? '';
    const found = findArticle(knowledge, ref);
    if (!found.match && isUrl(ref) && importUrl) {
      const imported = await importUrl(ref, user);
      return {
        ...summarizeArticle(imported.article, { sentences: count }),
        // A page kept out of the knowledge base is summarized for the asker only.
        private: !imported.added,
        note: imported.added
          ? 'Added to the shared knowledge base: anyone can now ask about this page.'
          : 'Summarized for you only; the page was not added to the shared knowledge base.',
      };
    }
    if (!found.match) {
      throw new UserError(
        'summarize.notFound',
        `No article matches “${echo(ref)}”. Try a shorter title, an id from ${codeFor(channel.platform, 'search')}, or the article's URL.`,
        found.candidates.map((candidate) => candidate.article.title),
      );
    }
    const match = found.match;
    return cachedReply(knowledge, ['summarize', match.article.id, String(count)], () =>
      summarizeArticle(match, { sentences: count }),
    );
  },
};

function isUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

const SENTENCES_EXAMPLE = {
  text: 'summarize Partners to Win --sentences 2',
  discord: 'summarize article:Partners to Win sentences:2',
};

function parseSentenceCount(value: string | undefined, platform: Platform): number {
  if (value === undefined) return 3;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > MAX_SENTENCES) {
    throw new UserError(
      'summarize.badSentences',
      `The number of sentences must be a whole number from 1 to ${MAX_SENTENCES}, e.g. ${codeFor(platform, SENTENCES_EXAMPLE)}.`,
    );
  }
  return count;
}
