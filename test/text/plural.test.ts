import { describe, expect, test } from 'vitest';
import { render as renderDiscord } from '../../adapters/discord/render.ts';
import { render as renderSlack } from '../../adapters/slack/render.ts';
import { headlineOf } from '../../src/digest/headline.ts';
import { renderText } from '../../src/replies/render-text.ts';
import type { SourcesReply } from '../../src/replies/reply.ts';
import { plural, pluralNoun } from '../../src/text/plural.ts';

describe('plural', () => {
  test('one thing is singular; none and many are plural', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(2, 'item')).toBe('2 items');
    expect(pluralNoun(1, 'entry', 'entries')).toBe('entry');
    expect(pluralNoun(3, 'entry', 'entries')).toBe('entries');
  });
});

describe('counts of one read as singular in every reply', () => {
  const oneOfEach: SourcesReply = {
    kind: 'sources',
    articles: 1,
    passages: 1,
    quotes: 1,
    skipped: 1,
    newest: [],
    feeds: [{ url: 'https://example.org/feed.xml', ok: true, items: 1 }],
  };
  const pluralized = /\b1 (articles|passages|quotes|files|items|results)\b/;

  test('the console says "1 article" and "1 item"', () => {
    const text = renderText(oneOfEach);
    expect(text).toContain('1 article, 1 passage, 1 quote, 1 file skipped');
    expect(text).toContain('1 item');
    expect(text).not.toMatch(pluralized);
  });

  test('Slack and Discord say it too', () => {
    const slack = JSON.stringify(renderSlack(oneOfEach).messages);
    expect(slack).toContain('*1* article');
    expect(slack).toContain('1 item');
    expect(slack.replaceAll('*', '')).not.toMatch(pluralized);
    const discord = JSON.stringify(renderDiscord(oneOfEach));
    expect(discord).toContain('1 item');
    expect(discord).not.toMatch(pluralized);
  });

  test('a digest headline with one article', () => {
    const groups = [{ topic: 'space', items: [{ articleId: 'a', title: 'A', summary: [] }] }];
    expect(headlineOf(groups, new Date('2024-05-06T00:00:00Z'))).toBe('1 new article on space');
  });
});
