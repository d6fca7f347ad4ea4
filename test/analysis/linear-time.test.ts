import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { hostileTexts } from './hostile-text.ts';

// Linear work on 100 KB takes tens of milliseconds; a quadratic loop or a backtracking pattern
// takes many seconds (the 67-character word alone took 22 s), so the budget tells them apart
// with room for a busy machine.
const BUDGET_MS = 1_500;

const article = (body: string): Article => ({ id: 'hostile', title: 'Hostile', tags: [], body, file: 'hostile.txt' });

describe('analysis of hostile text runs in linear time', () => {
  test.each(Object.entries(hostileTexts(100_000)))('%s (100 KB)', (_name, body) => {
    const started = performance.now();
    const analyzed = analyzeArticle(article(body));
    const elapsed = performance.now() - started;
    expect(analyzed.sentences.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(BUDGET_MS);
  });
});
