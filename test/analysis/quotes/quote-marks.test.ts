import { describe, expect, test } from 'vitest';
import { paragraphSpans } from '../../../src/analysis/paragraphs.ts';
import { findQuoteSpans } from '../../../src/analysis/quotes/quote-marks.ts';

const quoted = (body: string) =>
  findQuoteSpans(body, paragraphSpans(body)).map((span) => [
    body.slice(span.start, span.end),
    span.isOpenAtEnd,
  ]);

describe('findQuoteSpans', () => {
  test('pairs curly and straight marks, even mixed', () => {
    expect(quoted('“One two,” he said. "Three four." "Five six,” she said.')).toEqual([
      ['One two,', false],
      ['Three four.', false],
      ['Five six,', false],
    ]);
  });

  test('keeps single quotes and a quote of the other kind inside the outer quote', () => {
    expect(quoted('“We are ‘partnering to win’ and say "go team" often,” he said.')).toEqual([
      ['We are ‘partnering to win’ and say "go team" often,', false],
    ]);
  });

  test('ends a quote left open at its paragraph end and flags it', () => {
    expect(quoted('“It continues past the end\n\n“and closes here.”')).toEqual([
      ['It continues past the end', true],
      ['and closes here.', false],
    ]);
  });

  test('ignores apostrophes and inch marks', () => {
    expect(quoted("It's the team's day; the 5' board won.")).toEqual([]);
  });
});
