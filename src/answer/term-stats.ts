import type { AnalyzedArticle } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import { articleTerms } from './article-terms.ts';

/** Inverse document frequencies over the articles of a knowledge base. */
export interface TermStats {
  articles: number;
  /** ln(1 + N / df): rare terms weigh more; an unseen term gets the weight of df = 1. */
  idf(stem: string): number;
}

interface CachedStats {
  items: AnalyzedArticle[];
  count: number;
  signature: string;
  stats: TermStats;
}

const cache = new WeakMap<KnowledgeBase, CachedStats>();

/** The term statistics of `kb`, rebuilt only when its set of analyzed articles changes. */
export function termStatsFor(kb: KnowledgeBase): TermStats {
  const items = kb.articles();
  const cached = cache.get(kb);
  // Knowledge bases hand out a new array when their articles change; same array, same stats.
  if (cached && cached.items === items && cached.count === items.length) return cached.stats;
  const signature = signatureOf(items);
  if (cached && cached.signature === signature) {
    cache.set(kb, { ...cached, items, count: items.length });
    return cached.stats;
  }
  const stats = buildStats(items);
  cache.set(kb, { items, count: items.length, signature, stats });
  return stats;
}

/** Cheap fingerprint: ids and body lengths in order. A re-analyzed article changes its length or id. */
function signatureOf(items: AnalyzedArticle[]): string {
  let hash = 0;
  for (const item of items) {
    const key = `${item.article.id}:${item.article.body.length}`;
    for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  }
  return `${items.length}:${hash}`;
}

function buildStats(items: AnalyzedArticle[]): TermStats {
  const documentFrequency = new Map<string, number>();
  for (const item of items) {
    for (const stem of articleTerms(item).allStems) {
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
    }
  }
  const articles = Math.max(items.length, 1);
  return {
    articles,
    idf: (stem) => Math.log(1 + articles / (documentFrequency.get(stem) ?? 1)),
  };
}
