import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { buildSnippet, cutOnWordBoundary } from '../../src/search/snippet.ts';
import { toTerms } from '../../src/search/terms.ts';

function passageOf(body: string) {
  const item = analyzeArticle({ id: 'a', title: 'T', body, tags: [], file: 'a.md' });
  return item.passages[0]!;
}
const terms = (query: string) => new Set(toTerms(query));

describe('buildSnippet', () => {
  const passage = passageOf(
    'The fleet sailed at dawn. Crews loaded fuel and food for the long patrol. The dredging crews stayed in port.',
  );

  test('starts from the sentence with the most query words and adds what follows while it fits', () => {
    expect(buildSnippet(passage, terms('crews dredging port'), 240)).toBe(
      'The dredging crews stayed in port.',
    );
    expect(buildSnippet(passage, terms('fuel food'), 240)).toBe(
      'Crews loaded fuel and food for the long patrol. The dredging crews stayed in port.',
    );
  });

  test('never exceeds the limit and ends on a whole word', () => {
    const snippet = buildSnippet(passage, terms('fuel food'), 40);
    expect(snippet).toBe('Crews loaded fuel and food for the long…');
    expect(snippet.length).toBeLessThanOrEqual(40);
  });

  test('starts near a match that a cut would hide', () => {
    const long = passageOf(
      `${'Officials listed many routine items on the agenda for the long meeting of the board. '.repeat(1).trim().replace(/\.$/, ',')} ${'and then more routine items, '.repeat(8)}and finally the dredging schedule for the lower river.`,
    );
    const snippet = buildSnippet(long, terms('dredging schedule'), 120);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('dredging schedule');
    expect(snippet.length).toBeLessThanOrEqual(120);
  });
});

describe('cutOnWordBoundary', () => {
  test('cuts before the word that would not fit and drops trailing punctuation', () => {
    expect(cutOnWordBoundary('alpha beta, gamma delta', 13)).toBe('alpha beta');
    expect(cutOnWordBoundary('short', 10)).toBe('short');
  });
});
