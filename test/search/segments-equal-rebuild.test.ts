import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import { SearchIndex } from '../../src/search/search-index.ts';

// Few words, so articles share terms and every change moves document frequencies; some share a
// stem or a prefix, some differ by a typo.
const WORDS = ['carrier', 'carriers', 'operate', 'operations', 'harbor', 'harbour', 'symposium', 'space'];
const MORE_WORDS = ['drone', 'runway', 'permit', 'river', 'dredging', 'navy', 'sailors', 'convoy'];
const QUERIES = [
  'carrier operations',
  'harbor',
  'space symposium',
  'symp',
  'dredgin',
  'navy convoy',
  'harbr',
];
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

const words = fc.array(fc.constantFrom(...WORDS, ...MORE_WORDS), { minLength: 1, maxLength: 8 });
const article = fc
  .record({
    id: fc.constantFrom(...IDS),
    title: words,
    paragraphs: fc.array(fc.array(words, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    source: fc.option(fc.constantFrom('Navy News', 'Harbor Gazette')),
  })
  .map(
    ({ id, title, paragraphs, source }): AnalyzedArticle =>
      analyzeArticle({
        id,
        title: title.join(' '),
        body: paragraphs.map((sentences) => sentences.map((s) => `${s.join(' ')}.`).join(' ')).join('\n\n'),
        tags: [],
        file: `${id}.md`,
        ...(source ? { source } : {}),
      }),
  );

type Step =
  | { kind: 'add'; item: AnalyzedArticle }
  | { kind: 'remove'; id: string }
  | { kind: 'snapshot' }
  | { kind: 'restore' };

const step: fc.Arbitrary<Step> = fc.oneof(
  article.map((item): Step => ({ kind: 'add', item })),
  fc.constantFrom(...IDS).map((id): Step => ({ kind: 'remove', id })),
  fc.constant<Step>({ kind: 'snapshot' }),
  fc.constant<Step>({ kind: 'restore' }),
);

function resultsOf(index: SearchIndex) {
  return QUERIES.map((query) => ({
    articles: index.searchArticles(query, { limit: 20 }),
    passages: index.searchPassages(query, { limit: 50 }),
  }));
}

describe('the frozen and live segments', () => {
  test('rank exactly as a fresh build, through adds, removals, merges and restores', () => {
    fc.assert(
      fc.property(
        fc.array(article, { maxLength: 5 }),
        fc.array(step, { maxLength: 12 }),
        (initial, steps) => {
          const current = new Map(initial.map((item) => [item.article.id, item]));
          let index = SearchIndex.build(initial);
          for (const next of steps) {
            if (next.kind === 'add') {
              index.add(next.item);
              current.set(next.item.article.id, next.item);
            } else if (next.kind === 'remove') {
              index.remove(next.id);
              current.delete(next.id);
            } else if (next.kind === 'snapshot') {
              index.snapshot();
            } else {
              index = SearchIndex.restore(structuredClone(index.snapshot()), [...current.values()]);
            }
            expect(resultsOf(index)).toEqual(resultsOf(SearchIndex.build([...current.values()])));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('count an article’s words once per article, removed ones not at all', () => {
    const [first, second] = ['a', 'b'].map((id) =>
      analyzeArticle({
        id,
        title: 'Harbor news',
        body: 'The harbor opened. Harbor boats.',
        tags: [],
        file: id,
      }),
    );
    const index = SearchIndex.build([first!, second!]);
    expect(index.articleFrequency('harbor')).toBe(2);
    index.remove('a');
    expect(index.articleFrequency('harbor')).toBe(1);
    expect(index.articleFrequency('boat')).toBe(1);
    expect(index.articleFrequency('zebra')).toBe(0);
  });
});
