import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { Quote } from '../../src/analysis/types.ts';
import { findQuotes, listSpeakers } from '../../src/quotes/find-quotes.ts';
import { matchesSpeaker } from '../../src/quotes/speaker-match.ts';
import { fixtureArticle, seedArticle } from '../analysis/seed-article.ts';

const quotes: Quote[] = [
  ...analyzeArticle(seedArticle()).quotes,
  ...analyzeArticle(fixtureArticle('after-attribution')).quotes,
];
const texts = (found: Quote[]) => found.map((quote) => quote.text.slice(0, 29));

describe('findQuotes', () => {
  test('finds a quote by words remembered and drops weak partial matches', () => {
    const found = findQuotes(quotes, { words: 'space is hard' }, { limit: 3 });
    expect(found.map((quote) => quote.text)).toEqual(['Space is hard,']);
    expect(found[0]?.speakerShort).toBe('James');
  });

  test('matches other forms of a word and ranks by how much of the query a quote holds', () => {
    const found = findQuotes(quotes, { words: 'integrating commercial data sharing' }, { limit: 5 });
    expect(found[0]?.text).toMatch(/^It would be incredibly powerful/);
  });

  test('finds quotes on a topic', () => {
    const found = findQuotes(quotes, { words: 'classification barriers' }, { limit: 5 });
    expect(texts(found)).toEqual(['There is more of an awareness']);
  });

  test('finds nothing for words no quote holds', () => {
    expect(findQuotes(quotes, { words: 'zebra migration' }, { limit: 5 })).toEqual([]);
  });

  test.each([
    ['surname', 'whiteley'],
    ['full name', 'Darren Whiteley'],
    ['full name with rank', 'Air Commodore Darren Whiteley'],
    ['role', 'deputy director'],
  ])('lists a speaker’s quotes by %s', (_kind, speaker) => {
    const found = findQuotes(quotes, { speaker }, { limit: 10 });
    expect(found.map((quote) => quote.speakerShort)).toEqual(['Whiteley', 'Whiteley']);
  });

  test('combines words and speaker', () => {
    const found = findQuotes(quotes, { words: 'allies', speaker: 'James' }, { limit: 5 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((quote) => quote.speakerShort === 'James')).toBe(true);
    expect(findQuotes(quotes, { words: 'allies', speaker: 'Ortega' }, { limit: 5 })).toEqual([
      expect.objectContaining({ text: 'Our presence here reassures our allies.' }),
    ]);
  });

  test('respects the limit and returns nothing for an empty query', () => {
    expect(findQuotes(quotes, { speaker: 'James' }, { limit: 2 })).toHaveLength(2);
    expect(findQuotes(quotes, {}, { limit: 5 })).toEqual([]);
  });
});

describe('listSpeakers', () => {
  test('lists each speaker once, most quoted first, with role and count', () => {
    const speakers = listSpeakers(quotes);
    expect(speakers[0]).toEqual({
      speaker: 'Lt. Gen. Thomas James',
      speakerShort: 'James',
      role: 'U.S. Space Command deputy commander',
      count: 4,
    });
    expect(speakers.map((speaker) => speaker.speakerShort)).toEqual([
      'James',
      'Ortega',
      'Whiteley',
      'Cole',
      'Holloway',
      'Lavigne',
    ]);
  });
});

describe('findQuotes by speaker', () => {
  test('finds the quotes that a pass over every quote finds, in the same order', () => {
    // Queries made of every word that names a speaker, alone, in pairs and as whole names.
    const words = [
      ...new Set(quotes.flatMap((quote) => `${quote.speaker} ${quote.role ?? ''}`.split(/\s+/))),
    ];
    const queries = [
      ...words,
      ...words.flatMap((word, at) => (words[at + 1] ? [`${word} ${words[at + 1]}`] : [])),
      ...quotes.flatMap((quote) => [quote.speaker, quote.speakerShort, quote.role ?? '']),
      'nobody in particular',
    ].filter((query) => query.trim());
    let found = 0;
    for (const speaker of queries) {
      const expected = speaker.trim()
        ? quotes.filter((quote) => matchesSpeaker(quote, speaker.trim()))
        : quotes;
      const result = findQuotes(quotes, { speaker }, { limit: quotes.length });
      expect(result).toEqual(expected);
      found += result.length;
    }
    expect(found).toBeGreaterThan(queries.length);
  });
});
