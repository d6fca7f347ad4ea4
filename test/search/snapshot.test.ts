import { describe, expect, test } from 'vitest';
import { SearchIndex, type SearchIndexSnapshot } from '../../src/search/search-index.ts';
import { analyzedFixtures } from './fixture-articles.ts';

const QUERIES = ['space symposium', 'Toulose', 'symp', 'operate', 'contract award', 'permit drone', 'zebra'];

function roundTrip(index: SearchIndex, items = analyzedFixtures()): SearchIndex {
  const snapshot = structuredClone(index.snapshot()) as SearchIndexSnapshot;
  return SearchIndex.restore(snapshot, items);
}

describe('SearchIndex snapshots', () => {
  test('snapshot then restore gives identical results', () => {
    const items = analyzedFixtures();
    const original = SearchIndex.build(items);
    const restored = roundTrip(original, items);
    for (const query of QUERIES) {
      expect(restored.searchArticles(query)).toEqual(original.searchArticles(query));
      expect(restored.searchPassages(query)).toEqual(original.searchPassages(query));
    }
  });

  test('a snapshot taken after removals and additions restores the same results', () => {
    const items = analyzedFixtures();
    const original = SearchIndex.build(items);
    original.remove('drone-policy');
    original.add(items.find((item) => item.article.id === 'drone-policy')!);
    original.remove('river-dredging');
    const restored = roundTrip(
      original,
      items.filter((item) => item.article.id !== 'river-dredging'),
    );
    for (const query of [...QUERIES, 'dredging']) {
      expect(restored.searchArticles(query)).toEqual(original.searchArticles(query));
    }
  });

  test('drops articles missing from the items and indexes items the snapshot lacks', () => {
    const items = analyzedFixtures();
    const withoutDredging = items.filter((item) => item.article.id !== 'river-dredging');
    const withoutDrones = items.filter((item) => item.article.id !== 'drone-policy');
    const restored = roundTrip(SearchIndex.build(withoutDredging), withoutDrones);
    expect(restored.articleIds().sort()).toEqual(withoutDrones.map((item) => item.article.id).sort());
    expect(restored.searchArticles('dredging')[0]?.articleId).toBe('river-dredging');
    expect(restored.searchArticles('hobbyists')).toEqual([]);
    expect(restored.searchArticles('early warning')).toEqual(
      SearchIndex.build(withoutDrones).searchArticles('early warning'),
    );
  });

  test('refuses a snapshot of another index version', () => {
    const snapshot = SearchIndex.build(analyzedFixtures()).snapshot();
    expect(() => SearchIndex.restore({ ...snapshot, version: '0-old' }, [])).toThrow(/version 0-old/);
  });
});
