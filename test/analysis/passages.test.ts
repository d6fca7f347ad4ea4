import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildPassages, MAX_PASSAGE_WORDS } from '../../src/analysis/passages.ts';
import { splitSentences } from '../../src/analysis/sentences.ts';
import { seedArticle } from './seed-article.ts';

const passagesOf = (body: string, id = 'a') => buildPassages(id, body, splitSentences(body));

const word = fc.constantFrom(
  'Gen.',
  'U.S.',
  'space',
  'Calif.',
  'said',
  '“We',
  'win,”',
  'No.',
  '5.',
  'The',
  'it?',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '  ', ' \u00a0'))
  .map(([sentences, gap]) => sentences.join(gap));
const body = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n\n', '\n\n\n', '\n \n'))
  .map(([paragraphs, separator]) => paragraphs.join(separator));

describe('buildPassages', () => {
  test('passages reassemble every non-whitespace character of the body, in order, without overlap', () => {
    fc.assert(
      fc.property(body, (text) => {
        const passages = passagesOf(text);
        let previousEnd = 0;
        for (const passage of passages) {
          expect(passage.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(passage.start, passage.end)).toBe(passage.text);
          previousEnd = passage.end;
        }
        const strip = (value: string) => value.replace(/\s+/g, '');
        expect(passages.map((passage) => strip(passage.text)).join('')).toBe(strip(text));
      }),
      { numRuns: 300 },
    );
  });

  test('keeps a short paragraph whole and numbers passages from 1', () => {
    const passages = passagesOf('One short paragraph. Two sentences.\n\nAnother one.', 'article-7');
    expect(passages.map(({ id, index, text }) => ({ id, index, text }))).toEqual([
      { id: 'article-7#1', index: 1, text: 'One short paragraph. Two sentences.' },
      { id: 'article-7#2', index: 2, text: 'Another one.' },
    ]);
  });

  test('cuts a long paragraph into windows of whole sentences of about equal length', () => {
    const long = Array.from({ length: 20 }, (_, i) => `Sentence ${i} has exactly seven words here.`).join(
      ' ',
    );
    const passages = passagesOf(long);
    expect(passages).toHaveLength(2);
    for (const passage of passages) {
      expect(passage.text.split(' ').length).toBeLessThanOrEqual(MAX_PASSAGE_WORDS);
      expect(passage.sentences.length).toBe(10);
    }
  });

  test('the seed article gives one passage per paragraph', () => {
    const article = seedArticle();
    const passages = passagesOf(article.body, article.id);
    expect(passages).toHaveLength(13);
    expect(passages[12]?.text).toMatch(/^Acknowledging there is more work to be done/);
  });
});
