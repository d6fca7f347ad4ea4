import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { fixedClock } from '../../src/clock.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { createMemorySeenStore } from '../../src/knowledge-base/memory-seen-store.ts';
import { fixtureArticles, seedArticle } from '../search/fixture-articles.ts';

const articles = [...fixtureArticles(), seedArticle()];
const clock = fixedClock('2025-06-01T08:00:00Z');

describe('createMemoryKnowledgeBase', () => {
  const kb = createMemoryKnowledgeBase(articles, { clock });

  test('holds every article analyzed, in the order given', () => {
    expect(kb.articles().map((item) => item.article.id)).toEqual(articles.map((article) => article.id));
    expect(kb.get('drone-policy')?.passages.length).toBeGreaterThan(1);
    expect(kb.get('missing')).toBeUndefined();
  });

  test('finds passages by id', () => {
    expect(kb.passage('carrier-training#2')?.text).toMatch(/^The ships and their air wings/);
    expect(kb.passage('carrier-training#99')).toBeUndefined();
  });

  test('searches articles and passages', () => {
    expect(kb.search('Toulose symposium')[0]?.articleId).toBe('nato-space-symposium');
    expect(kb.searchPassages('confiscate', { limit: 1 })).toEqual([
      expect.objectContaining({ passageId: 'drone-policy#3', articleId: 'drone-policy' }),
    ]);
  });

  test('lists the quotes of all articles', () => {
    expect(kb.quotes()).toEqual(kb.articles().flatMap((item) => item.quotes));
    expect(kb.quotes().some((quote) => quote.articleId === '000_7d9d51401f966fbd')).toBe(true);
  });

  test('records when each article was first seen', () => {
    expect(kb.firstSeen('drone-policy')).toBe('2025-06-01T08:00:00.000Z');
    expect(kb.firstSeen('missing')).toBeUndefined();
  });

  test('keeps first-seen times the store already has', () => {
    const seen = createMemorySeenStore();
    seen.markSeen(['drone-policy'], '2024-01-01T00:00:00.000Z');
    const withHistory = createMemoryKnowledgeBase(articles, { clock, seen });
    expect(withHistory.firstSeen('drone-policy')).toBe('2024-01-01T00:00:00.000Z');
    expect(withHistory.firstSeen('river-dredging')).toBe('2025-06-01T08:00:00.000Z');
  });

  test('keeps the first article of an id and reports the others as skipped', () => {
    const copy: Article = { ...articles[0]!, file: 'copy.md', title: 'A copy' };
    const withDuplicate = createMemoryKnowledgeBase([articles[0]!, copy], { clock });
    expect(withDuplicate.articles()).toHaveLength(1);
    expect(withDuplicate.skipped()).toEqual([
      { file: 'copy.md', reason: expect.stringContaining('duplicate id') },
    ]);
  });

  test('analyzes each article once, with the analyzer given', () => {
    let calls = 0;
    createMemoryKnowledgeBase(articles, {
      analyze: (article) => {
        calls++;
        return analyzeArticle(article);
      },
    });
    expect(calls).toBe(articles.length);
  });
});
