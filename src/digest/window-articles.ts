import type { AnalyzedArticle } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';

export interface DigestWindow {
  since: Date;
  until: Date;
  /** Only these topics (case-insensitive); all when absent or empty. */
  topics?: string[];
  /**
   * `published` (default): placed by published date, else first-seen time (`sitrep digest`).
   * `added`: placed by when Sitrep first saw the article, so a feed item published yesterday but
   * fetched today is in today's scheduled briefing; see `STALE_AFTER_MS` for the back catalogue.
   */
  by?: 'added' | 'published';
}

/**
 * With `by: 'added'`, an article published this long before Sitrep first saw it is back catalogue
 * (a first start over an existing knowledge dir, an old report dropped in), not news for a briefing.
 */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

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
  const placeOf = window.by === 'added' ? addedTimeOf : timeOf;
  for (const item of kb.articles()) {
    const at = placeOf(kb, item);
    if (at !== undefined && at >= since && at < until) dated.push({ item, at });
  }
  return dated.sort((a, b) => b.at - a.at || a.item.article.id.localeCompare(b.item.article.id));
}

function timeOf(kb: KnowledgeBase, item: AnalyzedArticle): number | undefined {
  return publishedTime(item) ?? firstSeenTime(kb, item);
}

function addedTimeOf(kb: KnowledgeBase, item: AnalyzedArticle): number | undefined {
  const seen = firstSeenTime(kb, item);
  const published = publishedTime(item);
  if (seen === undefined) return published;
  if (published !== undefined && seen - published > STALE_AFTER_MS) return undefined;
  return seen;
}

function publishedTime(item: AnalyzedArticle): number | undefined {
  const published = item.article.published ? Date.parse(item.article.published) : Number.NaN;
  return Number.isNaN(published) ? undefined : published;
}

function firstSeenTime(kb: KnowledgeBase, item: AnalyzedArticle): number | undefined {
  const seen = kb.firstSeen(item.article.id);
  const time = seen ? Date.parse(seen) : Number.NaN;
  return Number.isNaN(time) ? undefined : time;
}
