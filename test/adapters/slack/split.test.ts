import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { packLines, splitText, truncateText } from '../../../adapters/slack/split.ts';

describe('splitText', () => {
  test('cuts at the last sentence end that fits', () => {
    expect(splitText('One two. Three four five. Six.', 20)).toEqual(['One two.', 'Three four five.', 'Six.']);
    expect(splitText('He said “Space is hard.” Then he left.', 30)).toEqual([
      'He said “Space is hard.”',
      'Then he left.',
    ]);
  });

  test('falls back to a space when a sentence is longer than the limit', () => {
    expect(splitText('alpha beta gamma delta', 11)).toEqual(['alpha beta', 'gamma delta']);
  });

  test('cuts a single word only when it alone exceeds the limit, never inside an entity', () => {
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitText('aaa&amp;bbb', 5)).toEqual(['aaa', '&amp;', 'bbb']);
  });

  test('keeps a mrkdwn link whole', () => {
    const link = '<https://example.org/a|Two words>';
    expect(splitText(`See ${link} today`, 40)).toEqual([`See ${link}`, 'today']);
    expect(splitText(`Read ${link}`, 20)).toEqual(['Read', link.slice(0, 20), link.slice(20)]);
  });

  test('never loses a word, never cuts one, never exceeds the limit', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9’,;:&]{1,12}[.!?]?$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 13, max: 400 }),
        (words, limit) => {
          const text = words.join(' ');
          const pieces = splitText(text, limit);
          expect(pieces.every((piece) => piece.length <= limit && piece.length > 0)).toBe(true);
          expect(pieces.join(' ').split(' ')).toEqual(words);
        },
      ),
    );
  });
});

describe('packLines', () => {
  test('joins lines into as few chunks as fit, splitting only lines that are too long', () => {
    expect(packLines(['ab', 'cd', 'ef'], 5)).toEqual(['ab\ncd', 'ef']);
    expect(packLines(['one two three'], 8)).toEqual(['one two', 'three']);
    expect(packLines([], 8)).toEqual([]);
  });
});

describe('truncateText', () => {
  test('shortens at a word boundary and ends with an ellipsis', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('Northern Star tests links', 16)).toBe('Northern Star…');
  });
});
