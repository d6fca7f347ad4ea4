import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeDate } from '../../src/knowledge/dates.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';

describe('normalizeDate', () => {
  test.each([
    ['2024-05-06', '2024-05-06'],
    ['May 6, 2024', '2024-05-06'],
    ['Jan. 25, 2013', '2013-01-25'],
    ['Sept. 3, 2020', '2020-09-03'],
    ['March 8, 2011', '2011-03-08'],
    ['6 May 2024', '2024-05-06'],
    ['2024-05-06T09:30:00-04:00', '2024-05-06T13:30:00.000Z'],
    ['Mon, 06 May 2024 12:00:00 GMT', '2024-05-06T12:00:00.000Z'],
    [new Date('2024-05-06T00:00:00Z'), '2024-05-06'],
    [new Date('2024-05-06T08:15:00Z'), '2024-05-06T08:15:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  test.each([['someday'], ['2024-02-30'], ['Feb. 31, 2024'], [''], [null], [20240506], [new Date('nope')]])(
    'gives nothing for %s',
    (input) => {
      expect(normalizeDate(input)).toBeUndefined();
    },
  );
});

describe('body normalization', () => {
  const formats = ['a.txt', 'a.md', 'a.jsonl'] as const;
  const toFile = (name: (typeof formats)[number], text: string) =>
    name === 'a.jsonl' ? JSON.stringify({ text }) : text;

  test('every format gives paragraphs separated by exactly one blank line, each collapsed and trimmed', () => {
    const line = fc.stringMatching(/^[ \tA-Za-z.,“”]{0,40}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...formats),
        fc.array(line, { minLength: 2, maxLength: 12 }),
        (name, lines) => {
          const text = `Title line\n${lines.join('\n')}`;
          for (const article of parseKnowledgeFile(name, Buffer.from(toFile(name, text))).articles) {
            for (const paragraph of article.body.split('\n\n')) {
              expect(paragraph).not.toBe('');
              expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
