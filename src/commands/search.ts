import { codeFor } from '../bot/command-syntax.ts';
import type { Platform } from '../bot/request.ts';
import { withGlossaryExpansion } from '../glossary/expanding-knowledge.ts';
import { cachedReply } from '../knowledge-base/reply-cache.ts';
import type { SearchReply, SearchResult } from '../replies/reply.ts';
import type { Command } from './command.ts';
import { UserError } from './command.ts';
import type { Services } from './services.ts';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;

export const search: Command<Services> = {
  name: 'search',
  description: 'Find articles about something, best first, with a snippet',
  args: [
    { name: 'query', description: 'Words to look for', required: true, rest: true },
    {
      name: 'limit',
      description: `How many results (1-${MAX_LIMIT}, default ${DEFAULT_LIMIT})`,
      required: false,
    },
  ],
  examples: ['search commercial integration', 'search carrier strike group --limit 10'],
  run({ query, limit }, { knowledge }, { channel }) {
    const count = parseLimit(limit, channel.platform);
    return cachedReply(knowledge, ['search', query ?? '', String(count)], () =>
      searchReply(knowledge, query ?? '', count),
    );
  },
};

function searchReply(knowledge: Services['knowledge'], query: string, limit: number): SearchReply {
  // Acronyms and their spelled-out forms find each other (the glossary).
  const searchable = withGlossaryExpansion(knowledge);
  const results: SearchResult[] = searchable.search(query, { limit }).map((hit) => {
    const article = knowledge.get(hit.articleId)?.article;
    return {
      articleId: hit.articleId,
      title: hit.title,
      url: article?.url,
      published: article?.published,
      score: hit.score,
      snippet: hit.snippet,
    };
  });
  return { kind: 'search', query, results };
}

const LIMIT_EXAMPLE = { text: 'search drones --limit 10', discord: 'search query:drones limit:10' };

function parseLimit(limit: string | undefined, platform: Platform): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  const value = Number(limit);
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
    throw new UserError(
      'search.badLimit',
      `The limit must be a whole number from 1 to ${MAX_LIMIT}, e.g. ${codeFor(platform, LIMIT_EXAMPLE)}.`,
    );
  }
  return value;
}
