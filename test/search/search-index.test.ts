import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { analyzedFixtures } from './fixture-articles.ts';

const index = SearchIndex.build(analyzedFixtures());
const topArticle = (query: string) => index.searchArticles(query, { limit: 3 })[0]?.articleId;

describe('SearchIndex.searchArticles', () => {
  test('ranks the article that discusses the query words first', () => {
    expect(topArticle('early warning standards for satellites')).toBe('nato-space-symposium');
    expect(topArticle('dredging channel depth')).toBe('river-dredging');
    expect(topArticle('Who opened the forum at NATO’s first Space Symposium?')).toBe('000_7d9d51401f966fbd');
  });

  test('matches other forms of a word through stemming', () => {
    // The carrier article says "operations", never "operate".
    expect(topArticle('operate')).toBe('carrier-training');
    expect(topArticle('interceptor producing')).toBe('missile-contract');
  });

  test('tolerates a typo in a longer word', () => {
    expect(topArticle('Toulose')).toBe('nato-space-symposium');
    expect(topArticle('Philipine Sea')).toBe('carrier-training');
  });

  test('completes a word typed in part', () => {
    expect(topArticle('symp')).toBe('nato-space-symposium');
    expect(topArticle('hobbyi')).toBe('drone-policy');
  });

  test('returns nothing for unrelated words or only stop words', () => {
    expect(index.searchArticles('chocolate cake recipe')).toEqual([]);
    expect(index.searchArticles('what is the')).toEqual([]);
    expect(index.searchArticles('')).toEqual([]);
  });

  test('does not widen a word that matches as typed', () => {
    // "permit" exists; the typo tolerance must not also pull in words one edit away.
    const hits = index.searchArticles('permit', { limit: 10 });
    expect(hits.map((hit) => hit.articleId)).toEqual(['drone-policy']);
  });

  test('returns at most `limit` articles, each once, best first', () => {
    const hits = index.searchArticles('contract award production', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]?.articleId).toBe('missile-contract');
    expect(new Set(hits.map((hit) => hit.articleId)).size).toBe(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  test('gives the title and a snippet from the passage that matched', () => {
    const [hit] = index.searchArticles('confiscate aircraft');
    expect(hit).toMatchObject({
      articleId: 'drone-policy',
      title: 'Air base updates its rules for small drones',
      snippet: 'Security forces will confiscate aircraft flown without a permit.',
      passageId: 'drone-policy#3',
    });
  });
});

describe('SearchIndex.searchPassages', () => {
  test('ranks passages and reports the query terms each matched', () => {
    const [best] = index.searchPassages('replenishment at sea');
    expect(best).toMatchObject({ articleId: 'carrier-training', passageId: 'carrier-training#2' });
    expect(best?.terms.sort()).toEqual(['replenish', 'sea']);
  });

  test('may return several passages of one article', () => {
    const hits = index.searchPassages('symposium', { limit: 5 });
    const fromFixture = hits.filter((hit) => hit.articleId === 'nato-space-symposium');
    expect(fromFixture.length).toBeGreaterThan(1);
  });
});

describe('SearchIndex.add and remove', () => {
  test('an added article becomes searchable and a removed one disappears', () => {
    const items = analyzedFixtures();
    const local = SearchIndex.build(items.filter((item) => item.article.id !== 'river-dredging'));
    expect(local.searchArticles('dredging')).toEqual([]);
    const dredging = items.find((item) => item.article.id === 'river-dredging')!;
    local.add(dredging);
    expect(local.searchArticles('dredging')[0]?.articleId).toBe('river-dredging');
    expect(local.remove('river-dredging')).toBe(true);
    expect(local.searchArticles('dredging')).toEqual([]);
    expect(local.remove('river-dredging')).toBe(false);
  });

  test('adding an article again replaces its old text', () => {
    const local = SearchIndex.build(analyzedFixtures());
    const drone = local.searchArticles('drone')[0];
    expect(drone?.articleId).toBe('drone-policy');
    local.add(
      analyzeArticle({
        id: 'drone-policy',
        title: 'Base rules',
        body: 'Kites are banned.',
        tags: [],
        file: 'x.md',
      }),
    );
    expect(local.searchArticles('drone', { limit: 10 }).map((hit) => hit.articleId)).not.toContain(
      'drone-policy',
    );
    expect(local.searchArticles('kites')[0]?.articleId).toBe('drone-policy');
  });
});
