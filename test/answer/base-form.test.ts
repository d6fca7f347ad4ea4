import { describe, expect, test } from 'vitest';
import { baseForm, irregularAdjectiveBase } from '../../src/answer/base-form.ts';
import { contentStems } from '../../src/answer/terms.ts';

describe('word matching for answers', () => {
  test.each([
    ['fled', 'flee'],
    ['led', 'lead'],
    ['wives', 'wife'],
    ['children', 'child'],
    ['ögedei', 'ogedei'],
    ['beauséjour', 'beausejour'],
  ])('%s is read as %s', (word, base) => {
    expect(baseForm(word)).toBe(base);
  });

  test('regular forms are left to the stemmer', () => {
    expect(baseForm('demanded')).toBe('demanded');
    expect(contentStems('demanded')).toEqual(contentStems('demand'));
  });

  test('a question and a sentence that use different forms of a word share its stem', () => {
    const question = new Set(contentStems("Where did the monks flee? Who was Ogedei's wife?"));
    const sentence = contentStems('Several monks fled to southern Italy; Töregene Khatun, Ögedei’s wife.');
    for (const stem of ['flee', 'monk', 'ogedei', 'wife']) {
      expect(question.has(stem)).toBe(true);
      expect(sentence).toContain(stem);
    }
  });

  test('an irregular comparative or superlative has its positive; other words have none', () => {
    expect(irregularAdjectiveBase('better')).toBe('good');
    expect(irregularAdjectiveBase('worst')).toBe('bad');
    expect(irregularAdjectiveBase('lowest')).toBeUndefined();
    expect(irregularAdjectiveBase('constructor')).toBeUndefined();
  });
});
