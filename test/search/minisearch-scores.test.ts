import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { engineOptions, toPassageDocuments } from '../../src/search/passage-documents.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { SEARCH_TUNING } from '../../src/search/search-tuning.ts';
import { analyzedFixtures } from './fixture-articles.ts';

const items = analyzedFixtures();
const documents = items.flatMap(toPassageDocuments);
const QUERIES = ['space symposium', 'carrier operations sea', 'contract', 'said', 'drone permit runway'];

/** minisearch over the same passages, as the index of record scores them. */
function minisearchOf(passages = documents): MiniSearch {
  const engine = new MiniSearch(engineOptions(SEARCH_TUNING));
  engine.addAll(passages);
  return engine;
}

function expectSameScores(index: SearchIndex, engine: MiniSearch): void {
  for (const query of QUERIES) {
    const ours = index.searchPassages(query, { limit: 1000 });
    const theirs = engine.search(query, { prefix: false, fuzzy: false });
    expect(ours.map((hit) => hit.passageId).sort()).toEqual(theirs.map((hit) => String(hit.id)).sort());
    const theirScores = new Map(theirs.map((hit) => [String(hit.id), hit.score]));
    for (const hit of ours) expect(hit.score).toBeCloseTo(theirScores.get(hit.passageId) ?? Number.NaN, 9);
  }
}

describe('passage scores', () => {
  test('equal minisearch’s own BM25+ scores, times the query terms matched, from the frozen segment', () => {
    expectSameScores(SearchIndex.build(items), minisearchOf());
  });

  test('and from the live segment, and from both after a removal', () => {
    const live = SearchIndex.build([]);
    for (const item of items) live.add(item);
    expectSameScores(live, minisearchOf());
    const mixed = SearchIndex.build(items.slice(0, 3));
    for (const item of items.slice(3)) mixed.add(item);
    mixed.remove('river-dredging');
    const rest = items.filter((item) => item.article.id !== 'river-dredging');
    expectSameScores(mixed, minisearchOf(rest.flatMap(toPassageDocuments)));
  });
});
