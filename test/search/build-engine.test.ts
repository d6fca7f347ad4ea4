import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { buildEngine } from '../../src/search/build-engine.ts';
import { viewEngine } from '../../src/search/engine-view.ts';
import { engineOptions, toPassageDocuments } from '../../src/search/passage-documents.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { SEARCH_TUNING } from '../../src/search/search-tuning.ts';
import { analyzedFixtures } from './fixture-articles.ts';

const items = analyzedFixtures();
const documents = items.flatMap(toPassageDocuments);
const QUERIES = ['space symposium', 'carrier operations sea', 'contract', 'said', 'drone permit runway'];

describe('buildEngine', () => {
  test('builds the same index as adding the passages one by one', () => {
    const bulk = buildEngine(documents, engineOptions(SEARCH_TUNING));
    const incremental = new MiniSearch(engineOptions(SEARCH_TUNING));
    incremental.addAll(documents);
    expect(JSON.parse(JSON.stringify(bulk))).toEqual(JSON.parse(JSON.stringify(incremental)));
    for (const query of QUERIES) expect(bulk.search(query)).toEqual(incremental.search(query));
  });
});

describe('passage scores', () => {
  test('equal minisearch’s own BM25+ scores, times the query terms matched', () => {
    const index = SearchIndex.build(items);
    const engine = new MiniSearch(engineOptions(SEARCH_TUNING));
    engine.addAll(documents);
    for (const query of QUERIES) {
      const ours = index.searchPassages(query, { limit: 1000 });
      const theirs = engine.search(query, { prefix: false, fuzzy: false });
      expect(ours.map((hit) => hit.passageId).sort()).toEqual(theirs.map((hit) => String(hit.id)).sort());
      const theirScores = new Map(theirs.map((hit) => [String(hit.id), hit.score]));
      for (const hit of ours) expect(hit.score).toBeCloseTo(theirScores.get(hit.passageId) ?? Number.NaN, 9);
    }
  });

  test('the engine still keeps its index where Sitrep reads it', () => {
    const view = viewEngine(buildEngine(documents, engineOptions(SEARCH_TUNING)));
    expect(view.documentCount).toBe(documents.length);
    expect(view.shortIds.get(documents[0]!.id)).toBe(0);
    expect(view.terms.get('symposium')?.size).toBeGreaterThan(0);
  });
});
