import { describe, expect, test } from 'vitest';
import { holdsGoldSpan } from '../../bench/fit/examples.ts';
import { assignFolds } from '../../bench/fit/folds.ts';
import { fitLogistic, fitRanker } from '../../bench/fit/logistic.ts';
import { linearScore, sigmoid } from '../../src/answer/ranker/model.ts';

const OPTIONS = { l2: 0.001, iterations: 300, learningRate: 0.1 };

describe('assignFolds', () => {
  const groups = ['squad2:A', 'squad2:B', 'squad2:C', 'qa:x', 'qa:y', 'qa:z', 'squad2:A', 'qa:x'];

  test('puts every question of a group in one fold, the same way on every run', () => {
    const folds = assignFolds(groups, 3, 7);
    expect(assignFolds(groups, 3, 7)).toEqual(folds);
    expect(new Set(folds.values()).size).toBe(3);
    expect([...folds.keys()].sort()).toEqual([...new Set(groups)].sort());
  });

  test('spreads each dataset over the folds', () => {
    const folds = assignFolds(groups, 3, 7);
    const squadFolds = new Set(['squad2:A', 'squad2:B', 'squad2:C'].map((group) => folds.get(group)));
    expect(squadFolds.size).toBe(3);
  });
});

describe('fitLogistic', () => {
  test('learns a separable rule and gives probabilities on the right side of one half', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ signal: i % 2, noise: (i * 7) % 5 }));
    const labels = rows.map((row) => row.signal);
    const model = fitLogistic(rows, labels, ['signal', 'noise'], OPTIONS);
    expect(sigmoid(linearScore(model, { signal: 1, noise: 2 }))).toBeGreaterThan(0.8);
    expect(sigmoid(linearScore(model, { signal: 0, noise: 2 }))).toBeLessThan(0.2);
  });
});

describe('fitRanker', () => {
  test('ranks the labelled candidate of each question first, whatever its place in the list', () => {
    const groups = Array.from({ length: 20 }, (_, q) => {
      const rows = [0, 1, 2].map((i) => ({
        overlap: i === q % 3 ? 0.9 : 0.2 + 0.1 * i,
        length: (q + i) % 4,
      }));
      return { rows, labels: rows.map((row) => (row.overlap === 0.9 ? 1 : 0)) };
    });
    const model = fitRanker(groups, ['overlap', 'length'], OPTIONS);
    for (const group of groups) {
      const scores = group.rows.map((row) => linearScore(model, row));
      expect(group.labels[scores.indexOf(Math.max(...scores))]).toBe(1);
    }
  });

  test('skips questions with no right candidate instead of failing', () => {
    const model = fitRanker([{ rows: [{ overlap: 1 }], labels: [0] }], ['overlap'], OPTIONS);
    expect(model.weights).toEqual([0]);
  });
});

describe('holdsGoldSpan', () => {
  test('finds a gold answer as whole words, whatever the case and spacing', () => {
    expect(holdsGoldSpan('It sailed with JS  Ise (DDH 182).', ['js ise'])).toBe(true);
    expect(holdsGoldSpan('The option procured 1,648 missiles.', ['1,648'])).toBe(true);
  });

  test('does not find an answer inside a longer word', () => {
    expect(holdsGoldSpan('The group conducts exercises with JMSDF.', ['Ise'])).toBe(false);
    expect(holdsGoldSpan('Someone said so.', ['one'])).toBe(false);
  });
});
