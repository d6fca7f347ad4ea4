import type { AnalyzedArticle } from '../analysis/types.ts';
import { termStatsFor } from '../answer/term-stats.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { Digest, DigestGroup, DigestItem } from '../replies/reply.ts';
import { wordCount } from '../summarize/eligibility.ts';
import { summarizeArticle } from '../summarize/summarize-article.ts';
import { headlineOf } from './headline.ts';
import { strongestQuote } from './strongest-quote.ts';
import { assignTopics, topicCandidates } from './topics.ts';
import { articlesInWindow, type DigestWindow } from './window-articles.ts';

export { listTopics } from './topics.ts';
export type { DigestWindow } from './window-articles.ts';

/** A two-sentence summary is kept only while it stays this short; otherwise the lead alone. */
const MAX_SUMMARY_WORDS = 60;

/**
 * The briefing for a window: every article whose time (published, else first seen) falls in
 * [since, until), once each, grouped by topic (largest group first, then by name; newest article
 * first inside a group), each with a one- or two-sentence summary, its strongest quote and link,
 * under a headline. With `topics`, only articles filed under one of them. The same knowledge base
 * and window always give the same digest.
 */
export function composeDigest(kb: KnowledgeBase, window: DigestWindow): Digest {
  const wanted = (window.topics ?? []).map((topic) => topic.trim().toLowerCase()).filter(Boolean);
  const stats = termStatsFor(kb);
  const dated = articlesInWindow(kb, window);
  const candidates = new Map(dated.map(({ item }) => [item.article.id, topicCandidates(item, stats)]));
  const topicOf = assignTopics(candidates, wanted);
  const groups = new Map<string, DigestItem[]>();
  for (const { item } of dated) {
    const topic = topicOf.get(item.article.id);
    if (!topic || (wanted.length > 0 && !wanted.includes(topic))) continue;
    const items = groups.get(topic) ?? [];
    items.push(digestItem(item));
    groups.set(topic, items);
  }
  const ordered: DigestGroup[] = [...groups.entries()]
    .map(([topic, items]) => ({ topic, items }))
    .sort((a, b) => b.items.length - a.items.length || a.topic.localeCompare(b.topic));
  return {
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    headline: headlineOf(ordered, window.since, wanted),
    groups: ordered,
  };
}

function digestItem(item: AnalyzedArticle): DigestItem {
  const { article } = item;
  const summary = shortSummary(item);
  const quote = strongestQuote(item, summary);
  return {
    articleId: article.id,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { published: article.published } : {}),
    summary,
    // The comma that led into "…," she said belongs to the sentence, not to the quote shown alone.
    ...(quote ? { quote: { text: quote.text.replace(/[,;:]\s*$/, ''), speaker: quote.speaker } } : {}),
  };
}

function shortSummary(item: AnalyzedArticle): string[] {
  const sentences = summarizeArticle(item, { sentences: 2 }).sentences;
  return wordCount(sentences.join(' ')) <= MAX_SUMMARY_WORDS ? sentences : sentences.slice(0, 1);
}
