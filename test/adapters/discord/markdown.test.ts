import { describe, expect, test } from 'vitest';
import { link, plain, safeUrl, withHighlight } from '../../../adapters/discord/markdown.ts';
import { formatDate } from '../../../adapters/shared/format-date.ts';

describe('markdown', () => {
  test('shows article text as written: no markup, headings, lists, quotes or mentions', () => {
    expect(plain('**bold** _it_ ~~s~~ `c` ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\|',
    );
    expect(plain('# Heading\n- item\n  3. third\n> quoted')).toBe(
      '\\# Heading\n\\- item\n  \\3. third\n\\> quoted',
    );
    expect(plain('hello <@123> and <@&456> and [x](https://evil.example)')).toBe(
      'hello \\<@123> and \\<@&456> and \\[x\\](https://evil.example)',
    );
  });

  test('leaves ordinary punctuation alone', () => {
    expect(plain('April 29-30, 2024 (Toulouse): 27 of 32 attended.')).toBe(
      'April 29-30, 2024 (Toulouse): 27 of 32 attended.',
    );
  });

  test('escapes a 50,000-character paragraph in linear time', () => {
    const started = performance.now();
    plain('*word_ '.repeat(7000));
    expect(performance.now() - started).toBeLessThan(250);
  });

  test('bolds the first occurrence of the highlight only', () => {
    expect(withHighlight('Toulouse, then Toulouse again', 'Toulouse')).toBe(
      '**Toulouse**, then Toulouse again',
    );
  });

  test('links only http(s) URLs, with parentheses encoded so the link cannot break out', () => {
    expect(link('A [b] c', 'https://example.org/a_(b)')).toBe('[A \\[b\\] c](https://example.org/a_%28b%29)');
    expect(link('Title', 'javascript:alert(1)')).toBe('Title');
    expect(safeUrl('not a url')).toBeUndefined();
  });

  test('formats dates in UTC so a date-only value never shows as the day before', () => {
    expect(formatDate('2024-05-06')).toBe('May 6, 2024');
    expect(formatDate('2024-05-06T23:30:00Z')).toBe('May 6, 2024');
    expect(formatDate('2024-05-06T21:30:00-04:00')).toBe('May 6, 2024');
    expect(formatDate('someday')).toBeUndefined();
    expect(formatDate(undefined)).toBeUndefined();
  });
});
