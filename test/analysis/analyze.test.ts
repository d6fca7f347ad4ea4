import { describe, expect, test } from 'vitest';
import { ANALYZER_VERSION, analyzeArticle } from '../../src/analysis/analyze.ts';
import { seedArticle } from './seed-article.ts';

describe('analyzeArticle', () => {
  test('returns the article with its sentences, passages and quotes', () => {
    const article = seedArticle();
    const analyzed = analyzeArticle(article);
    expect(analyzed.article).toBe(article);
    expect(analyzed.sentences).toHaveLength(24);
    expect(analyzed.passages.map((passage) => passage.id).slice(0, 2)).toEqual([
      `${article.id}#1`,
      `${article.id}#2`,
    ]);
    expect(analyzed.passages.flatMap((passage) => passage.sentences)).toEqual(analyzed.sentences);
    expect(analyzed.quotes).toHaveLength(7);
  });

  test('has a version string that keys the analysis cache', () => {
    expect(ANALYZER_VERSION).toMatch(/^\d+$/);
  });

  test('handles an empty body', () => {
    const analyzed = analyzeArticle({ ...seedArticle(), body: '' });
    expect(analyzed).toMatchObject({ sentences: [], passages: [], quotes: [] });
  });
});
