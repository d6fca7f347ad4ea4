import { describe, expect, test } from 'vitest';
import { type NewsTrainingRecord, newsTrainingQuestion, readJsonl } from '../../bench/fit/datasets.ts';

const records = readJsonl<NewsTrainingRecord & { kind: string }>(
  new URL('../../bench/training/news-qa.jsonl', import.meta.url),
);

describe('the news training questions', () => {
  test('are well formed: unique ids, an answer list exactly when an article answers', () => {
    expect(records.length).toBeGreaterThan(100);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    for (const record of records) {
      expect(record.question.trim().length).toBeGreaterThan(10);
      expect(record.about).toMatch(/^\d{3}[-_]/);
      if (record.answers.length > 0) {
        expect(record.article).toBe(record.about);
        for (const answer of record.answers) expect(answer.trim()).not.toBe('');
      } else {
        expect(record.article).toBeNull();
      }
    }
  });

  test('ask unanswerable questions often enough to teach refusal', () => {
    const unanswerable = records.filter((record) => record.answers.length === 0).length;
    expect(unanswerable / records.length).toBeGreaterThan(0.15);
  });
});

describe('newsTrainingQuestion', () => {
  const base = { id: 'n1', question: 'Which company won the dredging contract?', about: '035-dredging' };

  test('keeps an answerable question with its article, in the article’s fold group', () => {
    const question = newsTrainingQuestion({ ...base, answers: ['Ryba Marine'], article: '035-dredging' });
    expect(question).toMatchObject({ article: '035-dredging', group: 'qa:035-dredging', material: 'news' });
  });

  test('groups an unanswerable question with the article it is asked about, so folds never split them', () => {
    const question = newsTrainingQuestion({ ...base, answers: [], article: null });
    expect(question.article).toBeNull();
    expect(question.group).toBe('qa:035-dredging');
  });
});
