import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { viewEngine } from '../../src/search/engine-view.ts';
import { TermDictionary } from '../../src/search/term-dictionary.ts';

/** minisearch's own term tree over `terms`, as the reference for lookups. */
function treeOf(terms: string[]) {
  const engine = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  engine.addAll(terms.map((text, id) => ({ id, text })));
  return viewEngine(engine).terms;
}

const sorted = (terms: Iterable<string>) => [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
/** Short words over a small alphabet (accents included), so lookups find many neighbours. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'd'), minLength: 1, maxLength: 7 });

describe('TermDictionary', () => {
  test('finds terms within an edit distance exactly as minisearch’s tree does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 0, max: 3 }),
        (terms, query, max) => {
          const dictionary = new TermDictionary(sorted(terms));
          const ours = new Map(
            [...dictionary.fuzzy(query, max)].map(([ordinal, distance]) => [
              dictionary.termAt(ordinal),
              distance,
            ]),
          );
          const theirs = new Map([...treeOf(terms).fuzzyGet(query, max)].map(([term, [, d]]) => [term, d]));
          expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('finds terms and prefixes exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, (terms, query) => {
        const dictionary = new TermDictionary(sorted(terms));
        const [from, to] = dictionary.prefixRange(query);
        const ours = Array.from({ length: to - from }, (_, n) => dictionary.termAt(from + n));
        expect(ours).toEqual(sorted(terms.filter((term) => term.startsWith(query))));
        expect(dictionary.find(query) >= 0).toBe(terms.includes(query));
      }),
      { numRuns: 300 },
    );
  });
});
