import type { AnalyzedArticle } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';

export interface DigestWindow {
  since: Date;
  until: Date;
  /** Only these topics (case-insensitive); all when absent or empty. */
  topics?: string[];
}

/** An article inside the window, with the time that placed it there. */
export interface DatedArticle {
  item: AnalyzedArticle;
  /** Milliseconds since the epoch: the published date when valid, else when Sitrep first saw it. */
  at: number;
}

/**
 * Articles whose time falls in [since, until): the published date when the article has a valid
 * one (a bare date counts as midnight UTC), else the time Sitrep first saw it; articles with
 * neither are left out. Half-open, so back-to-back windows never show an article twice.
 * Sorted newest first, then by id.
 */
export function articlesInWindow(kb: KnowledgeBase, window: DigestWindow): DatedArticle[] {
  const since = window.since.getTime();
  const until = window.until.getTime();
  const dated: DatedArticle[] = [];
  for (const item of kb.articles()) {
    const at = timeOf(kb, item);
    if (at !== undefined && at >= since && at < until) dated.push({ item, at });
  }
  return dated.sort((a, b) => b.at - a.at || a.item.article.id.localeCompare(b.item.article.id));
}

function timeOf(kb: KnowledgeBase, item: AnalyzedArticle): number | undefined {
  const published = item.article.published ? Date.parse(item.article.published) : Number.NaN;
  if (!Number.isNaN(published)) return published;
  const seen = kb.firstSeen(item.article.id);
  const firstSeen = seen ? Date.parse(seen) : Number.NaN;
  return Number.isNaN(firstSeen) ? undefined : firstSeen;
}
