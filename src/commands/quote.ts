import type { Quote } from '../analysis/types.ts';
import { codeFor } from '../bot/command-syntax.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import { cachedReply } from '../knowledge-base/reply-cache.ts';
import { findQuotes, listSpeakers } from '../quotes/find-quotes.ts';
import type { QuoteView } from '../replies/reply.ts';
import { echo } from '../text/echo.ts';
import type { Command } from './command.ts';
import { UserError } from './command.ts';
import type { Services } from './services.ts';

const LIMIT = 5;
const QUOTE_EXAMPLE = { text: 'quote space is hard', discord: 'quote query:space is hard' };

export const quote: Command<Services> = {
  name: 'quote',
  description: 'Find who said what, verbatim, with speaker, role, article and date',
  args: [
    { name: 'query', description: 'Words you remember, a topic, or a speaker', required: false, rest: true },
    {
      name: 'speaker',
      description: 'Only quotes by this person (surname, full name or role)',
      required: false,
      autocomplete: 'speaker',
    },
  ],
  examples: [
    'quote space is hard',
    'quote --speaker James',
    'quote commercial integration --speaker Whiteley',
  ],
  run({ query, speaker }, { knowledge }, { channel }) {
    if (!query && !speaker) {
      throw new UserError(
        'quote.missingQuery',
        `Tell me some words of the quote, a topic, or a speaker, e.g. ${codeFor(channel.platform, QUOTE_EXAMPLE)}.`,
      );
    }
    const found = cachedReply(knowledge, ['quote', query ?? '', speaker ?? ''], () =>
      matchingQuotes(knowledge, query, speaker).map((q) => toView(knowledge, q)),
    );
    if (found.length === 0) {
      const who = speaker ? ` by ${echo(speaker)}` : '';
      throw new UserError(
        'quote.notFound',
        `I could not find a quote${who}${query ? ` about “${echo(query)}”` : ''}.`,
      );
    }
    return { kind: 'quotes', query: query ?? '', speaker, quotes: found };
  },
};

function matchingQuotes(knowledge: KnowledgeBase, query?: string, speaker?: string): Quote[] {
  const quotes = knowledge.quotes();
  const bySpeakerOnly = !speaker && query && isKnownSpeaker(quotes, query);
  return bySpeakerOnly
    ? findQuotes(quotes, { speaker: query }, { limit: LIMIT })
    : findQuotes(quotes, { words: query, speaker }, { limit: LIMIT });
}

/** "quote James" means James's quotes, not quotes containing the word "James". */
function isKnownSpeaker(quotes: Quote[], text: string): boolean {
  const needle = text.trim().toLowerCase();
  return listSpeakers(quotes).some(
    (s) => s.speakerShort.toLowerCase() === needle || s.speaker.toLowerCase() === needle,
  );
}

export function toView(knowledge: KnowledgeBase, quote: Quote): QuoteView {
  const article = knowledge.get(quote.articleId)?.article;
  return {
    articleId: quote.articleId,
    title: article?.title ?? quote.articleId,
    url: article?.url,
    published: article?.published,
    text: quote.text,
    speaker: quote.speaker,
    speakerShort: quote.speakerShort,
    role: quote.role,
  };
}
