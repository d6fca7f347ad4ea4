import { analyzeArticle } from '../analysis/analyze.ts';
import type { AnalyzedArticle } from '../analysis/types.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Article } from '../knowledge/article.ts';
import { resolveDuplicateIds } from '../knowledge/duplicate-ids.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { ArticleSeenStore } from '../store/feed-store.ts';
import { IndexedKnowledge } from './indexed-knowledge.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { createMemorySeenStore } from './memory-seen-store.ts';

export interface MemoryKnowledgeBaseOptions {
  /** Stamps first-seen times (default: the system clock). */
  clock?: Clock;
  /** Where first-seen times go (default: kept in memory). */
  seen?: ArticleSeenStore;
  /** The analyzer (default: `analyzeArticle`); tests inject one to count calls. */
  analyze?: (article: Article) => AnalyzedArticle;
}

/**
 * A knowledge base over `articles`, analyzed and indexed in memory, nothing on disk: for tests,
 * benchmarks and one-shot runs. Articles whose id is already taken are reported by `skipped()`.
 */
export function createMemoryKnowledgeBase(
  articles: readonly Article[],
  {
    clock = systemClock,
    seen = createMemorySeenStore(),
    analyze = analyzeArticle,
  }: MemoryKnowledgeBaseOptions = {},
): KnowledgeBase {
  const unique = resolveDuplicateIds(articles);
  const items = unique.articles.map((article) => analyze(article));
  const knowledge = new IndexedKnowledge(SearchIndex.build([]), seen, clock);
  knowledge.adopt(items, SearchIndex.build(items));
  knowledge.setSkipped(unique.skipped);
  return knowledge;
}
