import { describe, expect, test } from 'vitest';
import { toContractJson } from '../../src/cli/json-shapes.ts';
import type { Citation } from '../../src/replies/reply.ts';

const citation: Citation = {
  articleId: 'pier-repair',
  title: 'Harlow Bay fuel pier reopens',
  sentence: 'It reopened.',
};

describe('answer JSON', () => {
  test('a refusal has a null answer, no citations and its nearby articles under `closest`', () => {
    const json = toContractJson(
      {
        kind: 'noAnswer',
        code: 'qa.noMatch',
        question: 'Who manages the pier?',
        message: 'I could not find that in the knowledge base.',
        confidence: 0.214,
        closest: [citation],
      },
      'q1',
    );
    expect(json).toEqual({
      id: 'q1',
      question: 'Who manages the pier?',
      answer: null,
      confidence: 0.214,
      citations: [],
      closest: [citation],
    });
  });

  test('an answer carries the highlighted span as `span` beside `highlight`', () => {
    const json = toContractJson({
      kind: 'answer',
      question: 'Which contractor replaced the pilings?',
      text: 'The contractor, Keel Marine Works, replaced 48 pilings.',
      highlight: 'Keel Marine Works',
      confidence: 0.71,
      citations: [citation],
    });
    expect(json).toMatchObject({
      answer: expect.stringContaining('Keel'),
      span: 'Keel Marine Works',
      citations: [citation],
    });
  });
});
