import { describe, expect, test } from 'vitest';
import { tokenize, toTerm, toTerms } from '../../src/search/terms.ts';

describe('index terms', () => {
  test('inflected forms share one term', () => {
    expect(toTerm('operations')).toBe(toTerm('operate'));
    expect(toTerm('Symposia')).toBe(toTerm('symposia'));
    expect(toTerm('carriers')).toBe(toTerm('carrier'));
  });

  test('stop words give no term', () => {
    expect(toTerms('What is the name of the ship')).toEqual(['name', 'ship']);
  });

  test('possessives, accents and numbers', () => {
    expect(toTerms('NATO’s Défense plans for 2024')).toEqual(['nato', 'defens', 'plan', '2024']);
    expect(toTerms('COVID-19 and CVN71')).toEqual(['covid', '19', 'cvn71']);
  });

  test('tokenize splits on spaces, punctuation and symbols and drops nothing else', () => {
    expect(tokenize('Lt. Gen. James — “Space is hard,” he said.')).toEqual([
      'Lt',
      'Gen',
      'James',
      'Space',
      'is',
      'hard',
      'he',
      'said',
    ]);
  });
});
