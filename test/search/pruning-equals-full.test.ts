import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { analyzedFixtures } from './fixture-articles.ts';

const fixtures = analyzedFixtures();
const fixtureIndex = SearchIndex.build(fixtures);

/** Words of the fixtures, and some cut short or misspelled so prefix and typo matches join in. */
const fixtureWords = [
  ...new Set(
    fixtures.flatMap(
      (item) => `${item.article.title} ${item.article.body}`.toLowerCase().match(/[a-z]{3,}/g) ?? [],
    ),
  ),
].sort();
const queryWord = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...fixtureWords) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...fixtureWords).map((word) => word.slice(0, Math.max(4, word.length - 3))),
  },
  { weight: 1, arbitrary: fc.constantFrom(...fixtureWords).map((word) => `${word.slice(0, -1)}x`) },
);
const query = fc.array(queryWord, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));

function bothWays(index: SearchIndex, text: string, limit: number) {
  return {
    pruned: {
      articles: index.searchArticles(text, { limit, pruning: 'always' }),
      passages: index.searchPassages(text, { limit, pruning: 'always' }),
    },
    full: {
      articles: index.searchArticles(text, { limit, pruning: 'never' }),
      passages: index.searchPassages(text, { limit, pruning: 'never' }),
    },
  };
}

// Few words, so many articles tie and the order of equal scores is put to the test.
const WORDS = ['carrier', 'carriers', 'operate', 'harbor', 'harbour', 'symposium', 'drone', 'river', 'navy'];
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 });
const article = (id: string) =>
  fc
    .record({
      title: words,
      paragraphs: fc.array(fc.array(words, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    })
    .map(
      ({ title, paragraphs }): AnalyzedArticle =>
        analyzeArticle({
          id,
          title: title.join(' '),
          body: paragraphs.map((sentences) => sentences.map((s) => `${s.join(' ')}.`).join(' ')).join('\n\n'),
          tags: [],
          file: `${id}.md`,
        }),
    );

describe('pruned scoring', () => {
  test('ranks and scores exactly as full scoring, on random queries over the fixtures', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 15 }), (text, limit) => {
        const { pruned, full } = bothWays(fixtureIndex, text, limit);
        expect(pruned).toEqual(full);
      }),
      { numRuns: 150 },
    );
  });

  test('ranks exactly as full scoring with live, frozen and removed articles and many ties', () => {
    const ids = Array.from({ length: 14 }, (_, n) => `a${n}`);
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(article)),
        fc.subarray(ids),
        fc.array(fc.array(fc.constantFrom(...WORDS, 'harb', 'oprate'), { minLength: 1, maxLength: 8 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 1, max: 8 }),
        (items, removed, queries, limit) => {
          // Half frozen, half live; then some of either removed (tombstones and live removals).
          const index = SearchIndex.build(items.slice(0, 7));
          for (const item of items.slice(7)) index.add(item);
          for (const id of removed) index.remove(id);
          for (const words of queries) {
            const { pruned, full } = bothWays(index, words.join(' '), limit);
            expect(pruned).toEqual(full);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test('ranks exactly as full scoring over long postings lists of common words', () => {
    // Zipf-like word use: a few words in almost every article, most in a handful, so candidates
    // are few against the common words' postings and are looked up by galloping search.
    const vocabulary = Array.from(
      { length: 80 },
      (_, n) => `${'bcdfghjklm'[n % 10]}${'aeiou'[n % 5]}rvex${n}`,
    );
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
    const sentence = () => `${Array.from({ length: 6 }, word).join(' ')}.`;
    const items = Array.from({ length: 300 }, (_, n) =>
      analyzeArticle({
        id: `z${n}`,
        title: `${word()} ${word()}`,
        body: `${sentence()} ${sentence()}\n\n${sentence()}\n\n${sentence()} ${sentence()}`,
        tags: [],
        file: `z${n}.md`,
      }),
    );
    const index = SearchIndex.build(items.slice(0, 250));
    for (const item of items.slice(250)) index.add(item);
    for (let n = 0; n < 300; n += 37) index.remove(`z${n}`);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (words, limit) => {
          const { pruned, full } = bothWays(index, words.join(' '), limit);
          expect(pruned).toEqual(full);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('stays exact when articles come and go after a search has folded the postings', () => {
    // A pruned search keeps each frozen term's postings folded by article until a removal or a
    // change of the average lengths; each step below must be searched with fresh folds.
    const ids = Array.from({ length: 12 }, (_, n) => `c${n}`);
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(article)),
        fc.array(
          fc.tuple(fc.constantFrom('remove', 'add', 'change', 'merge'), fc.integer({ min: 0, max: 11 })),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.array(fc.constantFrom(...WORDS, 'harb'), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        (items, steps, words, limit) => {
          const index = SearchIndex.build(items.slice(0, 8));
          const text = words.join(' ');
          const same = () => {
            const { pruned, full } = bothWays(index, text, limit);
            expect(pruned).toEqual(full);
          };
          same();
          for (const [step, at] of steps) {
            const item = items[at] as AnalyzedArticle;
            const other = (items[(at + 5) % items.length] as AnalyzedArticle).article;
            if (step === 'remove') index.remove(item.article.id);
            else if (step === 'add') index.add(item);
            else if (step === 'merge') index.snapshot();
            else index.add(analyzeArticle({ ...other, id: item.article.id, file: `${item.article.id}.md` }));
            same();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test('leaves the results of a short query as they were', () => {
    const { pruned, full } = bothWays(fixtureIndex, 'carrier strike group operations harbor', 2);
    expect(full.articles.length).toBe(2);
    expect(pruned).toEqual(full);
    expect(fixtureIndex.searchArticles('carrier strike group operations harbor', { limit: 2 })).toEqual(
      full.articles,
    );
  });
});
