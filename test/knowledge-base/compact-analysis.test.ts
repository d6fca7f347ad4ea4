import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { compactAnalysis, expandAnalysis } from '../../src/knowledge-base/compact-analysis.ts';
import { fixtureArticles, seedArticle } from '../search/fixture-articles.ts';

describe('compactAnalysis', () => {
  test('expands back to exactly the analysis it was made from', () => {
    for (const article of [...fixtureArticles(), seedArticle()]) {
      const item = analyzeArticle(article);
      const stored = JSON.parse(JSON.stringify(compactAnalysis(item)));
      expect(stored.compact).toBe(1);
      expect(expandAnalysis(stored)).toEqual(item);
    }
  });

  test('stores much less than the full analysis', () => {
    const item = analyzeArticle(seedArticle());
    expect(JSON.stringify(compactAnalysis(item)).length).toBeLessThan(JSON.stringify(item).length / 2);
  });

  test('keeps an analysis whole when its text is not a slice of the body', () => {
    const item = analyzeArticle(seedArticle());
    const edited = {
      ...item,
      sentences: item.sentences.map((s, i) => (i === 0 ? { ...s, text: 'changed' } : s)),
    };
    expect(compactAnalysis(edited)).toBe(edited);
    expect(expandAnalysis(edited)).toBe(edited);
  });
});
