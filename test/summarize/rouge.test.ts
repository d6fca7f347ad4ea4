import { describe, expect, test } from 'vitest';
import { rouge, rougeTokens } from '../../src/summarize/rouge.ts';

describe('rouge', () => {
  test('tokenizes to lower-case letters and digits, splitting "said.the"', () => {
    expect(rougeTokens('The BCC said.the survey, of 5,196 firms')).toEqual([
      'the',
      'bcc',
      'said',
      'the',
      'survey',
      'of',
      '5',
      '196',
      'firms',
    ]);
  });

  test('scores identical texts 1 and disjoint texts 0', () => {
    expect(rouge('the cat sat', 'the cat sat')).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    expect(rouge('a b c', 'x y z')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  test('matches hand-computed F1 values', () => {
    // system: the cat sat on the mat (6), reference: the cat lay on the mat (6)
    const scores = rouge('the cat sat on the mat', 'the cat lay on the mat');
    expect(scores.rouge1).toBeCloseTo(5 / 6); // the×2, cat, on, mat
    expect(scores.rouge2).toBeCloseTo(3 / 5); // "the cat", "on the", "the mat"
    expect(scores.rougeL).toBeCloseTo(5 / 6); // the cat on the mat
  });
});
