import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { fixedClock } from '../../src/clock.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { hostileTexts } from '../analysis/hostile-text.ts';
import { briefingKnowledgeBase, seedArticle } from '../fixtures/briefing/briefing-knowledge.ts';

const SIZE = 100_000;
const kb = briefingKnowledgeBase();

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

// As for analysis: hostile input may cost a small multiple of ordinary input of the same size,
// never the hundreds of times a quadratic or backtracking step costs.
let budgetMs = 0;
beforeAll(() => {
  const seed = seedArticle().body;
  const ordinary = seed.repeat(Math.ceil(SIZE / seed.length)).slice(0, SIZE);
  const baseline = Math.min(
    timed(() => answerQuestion(kb, ordinary)),
    timed(() => answerQuestion(kb, ordinary)),
  );
  budgetMs = Math.max(1_000, 20 * baseline);
});

describe('answering runs in linear time on hostile input', () => {
  test.each(Object.entries(hostileTexts(SIZE)))('a 100 KB question of %s', (_name, question) => {
    let kind = '';
    const elapsed = timed(() => {
      kind = answerQuestion(kb, question).kind;
    });
    expect(['answer', 'noAnswer']).toContain(kind);
    expect(elapsed).toBeLessThan(budgetMs);
  });

  test('questions over a knowledge base of hostile articles', () => {
    const articles = Object.entries(hostileTexts(10_000)).map(([name, body], n) => ({
      id: `hostile-${n}`,
      title: name,
      tags: [],
      body: `Harbor tugboat crews said they were ready. ${body}`,
      file: `hostile-${n}.txt`,
    }));
    const hostileKb = createMemoryKnowledgeBase(articles, { clock: fixedClock('2026-01-01T00:00:00Z') });
    for (const question of ['Who said the tugboat crews were ready?', 'How many tugboat crews were ready?']) {
      const elapsed = timed(() => answerQuestion(hostileKb, question));
      expect(elapsed).toBeLessThan(budgetMs);
    }
  });
});
