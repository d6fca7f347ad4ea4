import { countPassages } from '../analysis/types.ts';
import type { Command } from './command.ts';
import type { Services } from './services.ts';

const NEWEST = 5;

export const sources: Command<Services> = {
  name: 'sources',
  description: 'What is in the knowledge base: counts, newest articles, feeds and their health',
  args: [],
  examples: ['sources'],
  run(_args, { knowledge, feeds }) {
    const items = knowledge.articles();
    const newest = items
      .map(({ article }) => ({ article, date: article.published ?? knowledge.firstSeen(article.id) ?? '' }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.article.id.localeCompare(b.article.id))
      .slice(0, NEWEST)
      .map(({ article }) => ({
        articleId: article.id,
        title: article.title,
        url: article.url,
        published: article.published,
      }));
    return {
      kind: 'sources',
      articles: items.length,
      passages: items.reduce((sum, item) => sum + countPassages(item), 0),
      quotes: items.reduce((sum, item) => sum + item.quotes.length, 0),
      skipped: knowledge.skipped().length,
      newest,
      feeds: feeds(),
    };
  },
};
