import { describe, expect, test } from 'vitest';
import { findArticle } from '../../src/summarize/find-article.ts';
import { briefingKnowledgeBase, SEED_ID } from '../fixtures/briefing/briefing-knowledge.ts';

const kb = briefingKnowledgeBase();

describe('findArticle', () => {
  test('finds an article by its exact id', () => {
    expect(findArticle(kb, SEED_ID).match?.article.id).toBe(SEED_ID);
  });

  test('finds an article by URL, ignoring scheme, "www." and a trailing slash', () => {
    expect(findArticle(kb, 'http://www.example.org/news/library-hours/').match?.article.id).toBe(
      'library-hours',
    );
  });

  test('finds an article by part of its title, or by a title with typos', () => {
    expect(findArticle(kb, 'Partners to Win').match?.article.id).toBe(SEED_ID);
    expect(findArticle(kb, 'wether satelite reaches orbit').match?.article.id).toBe('satellite-launch');
  });

  test('offers candidates instead of guessing when the reference is ambiguous or unknown', () => {
    const ambiguous = findArticle(kb, 'orbit catalog');
    expect(ambiguous.match).toBeUndefined();
    expect(ambiguous.candidates.map((item) => item.article.id)).toEqual(
      expect.arrayContaining(['space-debris']),
    );
    expect(findArticle(kb, 'zebra migration')).toEqual({ candidates: [] });
  });
});
