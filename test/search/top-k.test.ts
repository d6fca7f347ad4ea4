import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { topK } from '../../src/search/top-k.ts';

describe('topK', () => {
  test('keeps the highest scores, best first, the lower id first on a tie', () => {
    const scores = [3, 9, 1, 9, 5];
    expect(topK([0, 1, 2, 3, 4], (id) => scores[id] ?? 0, 3)).toEqual([1, 3, 4]);
    expect(topK([4, 3, 2, 1, 0], (id) => scores[id] ?? 0, 3)).toEqual([1, 3, 4]);
  });

  test('agrees with a full sort for any scores and limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }),
        fc.nat(15),
        (scores, limit) => {
          const ids = scores.map((_, id) => id);
          const sorted = [...ids]
            .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
            .slice(0, limit);
          expect(topK([...ids].reverse(), (id) => scores[id] ?? 0, limit)).toEqual(sorted);
        },
      ),
    );
  });
});
