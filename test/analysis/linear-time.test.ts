import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeArticle, analyzerLoggingTo, MAX_ANALYZED_CHARS } from '../../src/analysis/analyze.ts';
import { MAX_SENTENCE_CHARS } from '../../src/analysis/sentences.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { hostileTexts } from './hostile-text.ts';
import { seedArticle } from './seed-article.ts';

const SIZE = 100_000;
const article = (body: string): Article => ({
  id: 'hostile',
  title: 'Hostile',
  tags: [],
  body,
  file: 'hostile.txt',
});

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

// Linear work on hostile text costs a small multiple of the same amount of ordinary news text; a
// quadratic loop or a backtracking pattern costs hundreds of times more (the 67-character word
// alone took 22 s). Measuring against ordinary text on the same machine keeps the test fair
// when the machine is busy.
let budgetMs = 0;
beforeAll(() => {
  const seed = seedArticle().body;
  const ordinary = article(seed.repeat(Math.ceil(SIZE / seed.length)).slice(0, SIZE));
  const baseline = Math.min(
    timed(() => analyzeArticle(ordinary)),
    timed(() => analyzeArticle(ordinary)),
  );
  budgetMs = Math.max(1_000, 20 * baseline);
});

describe('analysis of hostile text runs in linear time', () => {
  test.each(Object.entries(hostileTexts(SIZE)))('%s (100 KB)', (_name, body) => {
    let sentences = 0;
    const elapsed = timed(() => {
      sentences = analyzeArticle(article(body)).sentences.length;
    });
    expect(sentences).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(budgetMs);
  });
});

describe('analysis is bounded per article', () => {
  test('analyzes only the first 200,000 characters, cut at a word break, and says so', () => {
    const warnings: string[] = [];
    const long = article('Word after word. '.repeat(Math.ceil((MAX_ANALYZED_CHARS + 5_000) / 17)));
    const analyzed = analyzerLoggingTo({ warn: (_fields, message) => warnings.push(message) })(long);
    expect(analyzed.article.body.length).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(long.body.startsWith(analyzed.article.body)).toBe(true);
    expect(long.body[analyzed.article.body.length]).toMatch(/\s/);
    expect(analyzed.sentences.at(-1)?.end).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(warnings).toEqual([
      expect.stringMatching(/^article "hostile" in hostile\.txt is \d+ characters long/),
    ]);
  });

  test('leaves an ordinary article whole and says nothing', () => {
    const warnings: string[] = [];
    const seed = seedArticle();
    const analyzed = analyzerLoggingTo({ warn: (_fields, message) => warnings.push(message) })(seed);
    expect(analyzed.article).toBe(seed);
    expect(warnings).toEqual([]);
  });

  test('cuts a sentence with no full stop into pieces of at most 2,000 characters, losing no word', () => {
    const body = `${'word '.repeat(1_000)}end`;
    const { sentences } = analyzeArticle(article(body));
    expect(sentences.length).toBeGreaterThan(2);
    for (const sentence of sentences) expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(body);
    expect(sentences.every((sentence) => body.slice(sentence.start, sentence.end) === sentence.text)).toBe(
      true,
    );
  });
});
