import { describe, expect, test } from 'vitest';
import { antonymPairs } from '../../bench/fit/antonym-pairs.ts';
import { askedOpposites, listedForms, saysOpposite } from '../../src/answer/antonyms/antonyms.ts';
import { contentStems, isContentToken, tokenize } from '../../src/answer/terms.ts';

const WORDNET_FIXTURE = new URL('../fixtures/wordnet/', import.meta.url).pathname;

/** Whether `sentence` turns round a word `question` asks with. */
function turnsRound(question: string, sentence: string): boolean {
  const asked = askedOpposites(tokenize(question).filter(isContentToken));
  return saysOpposite(asked, new Set(contentStems(sentence)), tokenize(sentence));
}

describe('WordNet antonym pairs (npm run antonyms)', () => {
  test('reads lexical antonym pointers of every part of speech, one pair each way, sorted', () => {
    expect(antonymPairs(WORDNET_FIXTURE)).toEqual([
      ['exhale', 'inhale'],
      ['high', 'low'],
    ]);
  });
});

describe('the forms WordNet lists a word under', () => {
  test('a superlative or comparative is also read as its positive', () => {
    expect(listedForms('lowest')).toContain('low');
    expect(listedForms('biggest')).toContain('big');
    expect(listedForms('earliest')).toContain('early');
    expect(listedForms('larger')).toContain('large');
    expect(listedForms('better')).toContain('good');
  });

  test('a word that only ends like a comparative is left alone', () => {
    expect(listedForms('water')).toEqual(['water']);
  });
});

describe('a sentence that says the opposite of the question', () => {
  test('"lowest" asked, "highest" written', () => {
    expect(
      turnsRound(
        'Who suggested that imperialism was the lowest form of capitalism?',
        'Lenin suggested that imperialism was the highest form of capitalism.',
      ),
    ).toBe(true);
  });

  test('a verb turned round: "rejected" asked, "accepted" written', () => {
    expect(
      turnsRound('When did the council reject the plan?', 'The council accepted the plan in 1998.'),
    ).toBe(true);
  });

  test('a sentence that keeps the asked word is no swap, even if it also holds the opposite', () => {
    expect(
      turnsRound(
        'What was the first ship to dock?',
        'The first ship to dock was the Halyard; the last, the Tern.',
      ),
    ).toBe(false);
  });

  test('a sentence without any opposite is no swap', () => {
    expect(turnsRound('When did the council reject the plan?', 'The council met in 1998.')).toBe(false);
  });
});
