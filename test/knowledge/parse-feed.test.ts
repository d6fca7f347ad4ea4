import { describe, expect, test } from 'vitest';
import { feedArticleId, feedItemKeys } from '../../src/knowledge/feeds/item-keys.ts';
import { parseFeed } from '../../src/knowledge/feeds/parse-feed.ts';

describe('parseFeed', () => {
  test('reads RSS 2.0 items with guid, link, date and an HTML summary as text', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
      <title>City &amp; Port</title><atom:link href="https://example.org/rss" rel="self"/>
      <item><title>Pier &amp; ferry news</title><link>https://example.org/a</link>
        <guid isPermaLink="false">a-1</guid><pubDate>Tue, 07 May 2024 08:00:00 +0200</pubDate>
        <description><![CDATA[<p>First <b>bold</b> line.</p><p>Second line.</p>]]></description></item>
      <item><title>Only a title</title></item>
    </channel></rss>`;
    expect(parseFeed(xml)).toEqual({
      ok: true,
      feed: {
        title: 'City & Port',
        items: [
          {
            guid: 'a-1',
            link: 'https://example.org/a',
            title: 'Pier & ferry news',
            published: '2024-05-07T06:00:00.000Z',
            summary: 'First bold line.\n\nSecond line.',
          },
          { title: 'Only a title' },
        ],
      },
    });
  });

  test('reads Atom entries, preferring the alternate link and falling back to updated', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Port News</title>
      <entry><id>urn:1</id><title type="html">&lt;em&gt;Night&lt;/em&gt; buses</title>
        <link rel="self" href="https://example.org/self"/><link href="https://example.org/night"/>
        <updated>2024-01-02</updated><content type="html">&lt;p&gt;Back on Fridays.&lt;/p&gt;</content></entry>
    </feed>`;
    expect(parseFeed(xml)).toEqual({
      ok: true,
      feed: {
        title: 'Port News',
        items: [
          {
            guid: 'urn:1',
            link: 'https://example.org/night',
            title: 'Night buses',
            published: '2024-01-02',
            summary: 'Back on Fridays.',
          },
        ],
      },
    });
  });

  test.each([
    ['plain text', 'Service unavailable'],
    ['HTML', '<html><body><p>Maintenance</p></body></html>'],
    ['broken XML', '<rss><channel><item></channel>'],
    ['other XML', '<?xml version="1.0"?><note><to>Ana</to></note>'],
  ])('refuses %s', (_name, text) => {
    expect(parseFeed(text)).toEqual({ ok: false, error: expect.stringMatching(/^not RSS or Atom/) });
  });
});

describe('feed item keys', () => {
  test('are guid, link, then a content hash that ignores spacing and case', () => {
    const keys = feedItemKeys({ guid: 'g', link: 'https://e.org/x', title: 'Title', summary: 'Some  words' });
    expect(keys.slice(0, 2)).toEqual(['guid:g', 'link:https://e.org/x']);
    expect(keys[2]).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(feedItemKeys({ title: 'title', summary: 'some words' })).toEqual([keys[2]]);
    expect(feedArticleId(keys)).toBe(feedArticleId(['guid:g']));
    expect(feedArticleId(keys)).not.toBe(feedArticleId(['guid:h']));
  });
});
