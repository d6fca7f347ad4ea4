import type { AnalyzedArticle } from '../analysis/types.ts';
import { STOPWORDS } from '../answer/terms.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import { editDistance } from '../text/edit-distance.ts';

/** The article a reference names, or the nearest candidates for "did you mean". */
export interface ArticleLookup {
  match?: AnalyzedArticle;
  /** Best first; empty when `match` is set or nothing is close. */
  candidates: AnalyzedArticle[];
}

/** A title scoring at least this, and clearly ahead of the next, is taken as the match. */
const MATCH_SCORE = 0.75;
const MATCH_LEAD = 0.1;
const CANDIDATE_SCORE = 0.3;

/**
 * Resolves what a user typed to an article: an exact id, the article's URL (scheme, "www." and a
 * trailing slash ignored), or a title, fuzzily (query words found in the title, typos of up to two
 * letters forgiven, plus the similarity of the whole strings).
 */
export function findArticle(kb: KnowledgeBase, ref: string): ArticleLookup {
  const wanted = ref.trim();
  if (!wanted) return { candidates: [] };
  const byId = kb.get(wanted);
  if (byId) return { match: byId, candidates: [] };
  const items = kb.articles();
  const url = normalizeUrl(wanted);
  const byUrl = url
    ? items.find((item) => item.article.url && normalizeUrl(item.article.url) === url)
    : undefined;
  if (byUrl) return { match: byUrl, candidates: [] };
  const ranked = items
    .map((item) => ({ item, score: titleScore(wanted, item) }))
    .filter(({ score }) => score >= CANDIDATE_SCORE)
    .sort((a, b) => b.score - a.score || a.item.article.id.localeCompare(b.item.article.id));
  const [first, second] = ranked;
  if (first && first.score >= MATCH_SCORE && (!second || first.score - second.score >= MATCH_LEAD)) {
    return { match: first.item, candidates: [] };
  }
  return { candidates: ranked.slice(0, 3).map(({ item }) => item) };
}

function normalizeUrl(text: string): string | undefined {
  if (!/^(?:https?:\/\/|www\.)/i.test(text)) return undefined;
  return text
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[#?].*$/, '')
    .replace(/\/+$/, '');
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOPWORDS.has(word));
}

/** 0..1: how well the reference names this article's title (or its id, for slug-like ids). */
export function titleScore(ref: string, item: AnalyzedArticle): number {
  const { title, id } = item.article;
  const query = words(ref);
  if (query.length === 0) return 0;
  if (title.toLowerCase().includes(ref.toLowerCase())) return 1;
  const titleWords = [...words(title), ...words(id)];
  const found = query.reduce((sum, word) => sum + bestWordMatch(word, titleWords), 0) / query.length;
  const a = ref.toLowerCase();
  const b = title.toLowerCase();
  const whole = a.length < 200 && b.length < 200 ? 1 - editDistance(a, b) / Math.max(a.length, b.length) : 0;
  return 0.8 * found + 0.2 * Math.max(whole, 0);
}

function bestWordMatch(word: string, candidates: string[]): number {
  let best = 0;
  for (const candidate of candidates) {
    if (candidate === word) return 1;
    if (word.length >= 3 && candidate.startsWith(word)) best = Math.max(best, 0.8);
    if (word.length >= 4 && Math.abs(word.length - candidate.length) <= 2) {
      const distance = editDistance(word, candidate);
      if (distance <= 2) best = Math.max(best, 1 - distance / Math.max(word.length, candidate.length));
    }
  }
  return best;
}
