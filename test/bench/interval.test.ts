import { describe, expect, test } from 'vitest';
import { type GroupedScore, groupBootstrapInterval } from '../../bench/eval/interval.ts';

/** `groups` articles of `perGroup` questions each; `rightGroups` of them answered right throughout. */
function clustered(groups: number, perGroup: number, rightGroups: number): GroupedScore[] {
  return Array.from({ length: groups * perGroup }, (_, i) => {
    const group = Math.floor(i / perGroup);
    return { group: `a${group}`, value: group < rightGroups ? 1 : 0 };
  });
}

/** The same scores, each question its own article. */
function independent(scores: GroupedScore[]): GroupedScore[] {
  return scores.map((score, i) => ({ group: `q${i}`, value: score.value }));
}

const width = ([low, high]: [number, number]) => high - low;

describe('groupBootstrapInterval', () => {
  const scores = clustered(20, 6, 13); // 65% right

  test('holds the measured share and stays within 0..1', () => {
    const [low, high] = groupBootstrapInterval(scores);
    expect(low).toBeLessThan(0.65);
    expect(high).toBeGreaterThan(0.65);
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(1);
  });

  test('repeats exactly for the same seed', () => {
    expect(groupBootstrapInterval(scores, { seed: 7 })).toEqual(groupBootstrapInterval(scores, { seed: 7 }));
  });

  test('questions that succeed or fail together with their article give a wider interval', () => {
    expect(width(groupBootstrapInterval(scores))).toBeGreaterThan(
      1.5 * width(groupBootstrapInterval(independent(scores))),
    );
  });

  test('more articles, narrower interval', () => {
    expect(width(groupBootstrapInterval(clustered(80, 6, 52)))).toBeLessThan(
      width(groupBootstrapInterval(clustered(20, 6, 13))),
    );
  });

  test('no questions, no interval', () => {
    expect(groupBootstrapInterval([])).toEqual([0, 0]);
  });
});
