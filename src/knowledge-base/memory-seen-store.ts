import type { ArticleSeenStore } from '../store/feed-store.ts';

/** Remembers first-seen times in memory: for tests and one-shot runs; forgotten on exit. */
export function createMemorySeenStore(): ArticleSeenStore {
  const seen = new Map<string, string>();
  return {
    firstSeen: (articleId) => seen.get(articleId),
    markSeen(articleIds, at) {
      for (const id of articleIds) if (!seen.has(id)) seen.set(id, at);
    },
  };
}
