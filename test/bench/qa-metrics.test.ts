import { describe, expect, test } from 'vitest';
import { measureInterval, qaMetrics } from '../../bench/eval/qa.ts';
import type { Outcome } from '../../bench/fit/examples.ts';

/** An outcome as the evaluation sees it: only the fields the measures read are filled in. */
function outcome(
  answerable: boolean,
  answered: boolean,
  rightIfAnswered: boolean,
  text = 'One.',
  highlight?: string,
  group = 'gold',
): Outcome {
  const article = answerable ? 'gold' : null;
  const answers = answerable ? ['1,648 missiles'] : [];
  return {
    example: {
      labelled: { article, answers, group },
      prepared: { retrieved: [{ item: { article: { id: 'gold' } } }] },
    },
    reply: answered
      ? { kind: 'answer', text, highlight, citations: [{ articleId: 'gold', sentence: 'One.' }] }
      : { kind: 'noAnswer' },
    answerable,
    answered,
    rightIfAnswered,
    citesGold: answerable && answered,
    confidence: answered ? 0.8 : 0.1,
    blocked: false,
  } as unknown as Outcome;
}

describe('qaMetrics', () => {
  // Four answerable questions: right and answered, right but refused, wrong and answered, wrong
  // and refused; two unanswerable: one refused, one answered.
  const outcomes = [
    outcome(true, true, true),
    outcome(true, false, true),
    outcome(true, true, false, 'One. Two.'),
    outcome(true, false, false),
    outcome(false, false, false),
    outcome(false, true, false),
  ];
  const metrics = qaMetrics(outcomes);

  test('counts an answer right only when it was given, and a refusal right only when nothing answers', () => {
    expect(metrics.answerSpan).toBe(1 / 4);
    expect(metrics.refusedUnanswerable).toBe(1 / 2);
    expect(metrics.overall).toBe(2 / 6);
    expect(metrics.refuseAll).toBe(2 / 6);
  });

  test('answering everything counts every answerable question whose answer would hold a gold span', () => {
    expect(metrics.answerAll).toBe(2 / 4);
  });

  test('counts the answers that hold a second sentence beside the one their citation quotes', () => {
    expect(metrics.twoSentences).toBe(1 / 3);
  });

  test('judges the highlight of right answers: inside a gold answer counts, another figure does not', () => {
    const right = (highlight: string) =>
      outcome(true, true, true, 'It bought 1,648 missiles for $237M.', highlight);
    expect(qaMetrics([right('1,648'), right('$237M'), outcome(true, true, true)]).highlightRight).toBe(1 / 2);
  });
});

describe('measureInterval', () => {
  // Three articles with one answerable and one unanswerable question each, in two fold
  // assignments: the first answers all three right, the second only the first article's.
  const first = ['a', 'b', 'c'].flatMap((group) => [
    outcome(true, true, true, 'One.', undefined, group),
    outcome(false, false, false, 'One.', undefined, group),
  ]);
  const second = ['a', 'b', 'c'].flatMap((group) => [
    outcome(true, group === 'a', true, 'One.', undefined, group),
    outcome(false, false, false, 'One.', undefined, group),
  ]);

  test('scores a question by the share of assignments it came out right in', () => {
    // Answers: 1, 1/2, 1/2 by article; every resample's mean lies between 1/2 and 1.
    const [low, high] = measureInterval([first, second], 'answerSpan')!;
    expect(low).toBeGreaterThanOrEqual(0.5);
    expect(high).toBeLessThanOrEqual(1);
    expect(high).toBeGreaterThan(low);
  });

  test('counts only the questions the measure is about', () => {
    expect(measureInterval([first, second], 'refusedUnanswerable')).toEqual([1, 1]);
  });

  test('has no interval for a measure that is not a share of questions right', () => {
    expect(measureInterval([first], 'twoSentences')).toBeUndefined();
  });
});
