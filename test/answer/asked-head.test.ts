import { describe, expect, test } from 'vitest';
import { askedHeadStem } from '../../src/answer/asked-head.ts';
import { namesHeadNoun } from '../../src/answer/ranker/span-neighbours.ts';
import { contentStems, tokenize } from '../../src/answer/terms.ts';

describe('askedHeadStem', () => {
  test.each([
    ['Which Japanese ship did the strike group train with?', 'ship'],
    ['Which cruiser sailed with the Theodore Roosevelt strike group?', 'cruiser'],
    ['Which Marine squadron flew with Carrier Air Wing 11?', 'squadron'],
    ['which Lockheed Martin business unit is getting the awards?', 'unit'],
    ['which aircraft fleets use the stores management systems?', 'fleet'],
    ['Which river flows through London?', 'river'],
  ])('%s → the noun asked for', (question, head) => {
    expect(askedHeadStem(question)).toBe(head);
  });

  test.each([
    'What did Hagel say about Japan?',
    'What kind of drills were planned?',
    'Who commands the group?',
  ])('%s → no noun asked for', (question) => {
    expect(askedHeadStem(question)).toBeUndefined();
  });
});

describe('namesHeadNoun', () => {
  const question = 'Which cruiser sailed with the Carl Vinson strike group?';
  const stems = new Set(contentStems(question));
  const head = askedHeadStem(question)!;
  const check = (sentence: string) => namesHeadNoun(sentence, tokenize(sentence), head, stems);

  test('fires when the asked noun stands before a name the question does not give', () => {
    expect(check('The group includes the guided-missile cruiser USS Lake Champlain (CG 57).')).toBe(true);
  });

  test('does not fire on the question’s own names or on the noun alone', () => {
    expect(check('The cruiser Carl Vinson sailed on.')).toBe(false);
    expect(check('A cruiser and two destroyers joined the exercise.')).toBe(false);
  });

  test('fires when the noun closes a name', () => {
    const squadron = 'Which squadron flew with the air wing?';
    const sentence = 'Marine Fighter Attack Squadron 323 flew alongside.';
    expect(
      namesHeadNoun(sentence, tokenize(sentence), askedHeadStem(squadron)!, new Set(contentStems(squadron))),
    ).toBe(true);
  });
});
