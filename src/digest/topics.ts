import type { AnalyzedArticle } from '../analysis/types.ts';
import { type TermStats, termStatsFor } from '../answer/term-stats.ts';
import { isContentToken, tokenize } from '../answer/terms.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';

/** Keyword topics offered for an untagged article. */
const KEYWORDS_PER_ARTICLE = 3;

/**
 * The topics an article could be filed under, most specific to it first: its tags (lower case,
 * as written) when it has any; otherwise its keywords, the content words of its title and lead
 * sentence ranked by (2 × title count + lead count) × IDF over the knowledge base, ties broken
 * alphabetically.
 */
export function topicCandidates(item: AnalyzedArticle, stats: TermStats): string[] {
  const tags = [...new Set(item.article.tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  if (tags.length > 0) return tags;
  return keywords(item, stats);
}

function keywords(item: AnalyzedArticle, stats: TermStats): string[] {
  const weights = new Map<string, { word: string; count: number; stem: string }>();
  const add = (text: string, weight: number) => {
    for (const token of tokenize(text)) {
      if (!isContentToken(token) || /\d/.test(token.word) || token.word.length < 3) continue;
      // "NATO's" files under "nato": a possessive is not part of a topic's name.
      const word = token.word.replace(/['’]s$/u, '');
      const entry = weights.get(token.stem) ?? { word, count: 0, stem: token.stem };
      entry.count += weight;
      weights.set(token.stem, entry);
    }
  };
  add(item.article.title, 2);
  add(item.sentences[0]?.text ?? '', 1);
  return [...weights.values()]
    .map((entry) => ({ word: entry.word, score: entry.count * stats.idf(entry.stem) }))
    .sort((a, b) => b.score - a.score || a.word.localeCompare(b.word))
    .slice(0, KEYWORDS_PER_ARTICLE)
    .map((entry) => entry.word);
}

/**
 * Files each article under one topic: among its candidates, the one the most articles of the
 * group share (so related articles land together), ties going to the article's earlier candidate.
 * `preferred` topics, when given, win over the rest.
 */
export function assignTopics(
  candidates: Map<string, string[]>,
  preferred: string[] = [],
): Map<string, string> {
  const support = new Map<string, number>();
  for (const topics of candidates.values())
    for (const topic of topics) support.set(topic, (support.get(topic) ?? 0) + 1);
  const wanted = new Set(preferred);
  const assigned = new Map<string, string>();
  for (const [articleId, topics] of candidates) {
    const pool = topics.some((topic) => wanted.has(topic))
      ? topics.filter((topic) => wanted.has(topic))
      : topics;
    let best = pool[0];
    for (const topic of pool) if ((support.get(topic) ?? 0) > (support.get(best ?? '') ?? 0)) best = topic;
    if (best) assigned.set(articleId, best);
  }
  return assigned;
}

/** Every topic a subscription may name: tags, then untagged articles' first keyword; most used first. */
export function listTopics(kb: KnowledgeBase): string[] {
  const stats = termStatsFor(kb);
  const counts = new Map<string, number>();
  for (const item of kb.articles()) {
    const candidates = topicCandidates(item, stats);
    const topics = item.article.tags.length > 0 ? candidates : candidates.slice(0, 1);
    for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([topic]) => topic);
}
