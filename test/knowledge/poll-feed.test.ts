import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { ALLOW_ALL } from '../../src/fetch/fetch-policy.ts';
import { MemoryFeedStore } from '../../src/knowledge/feeds/memory-feed-store.ts';
import { type PollOptions, pollAllFeeds, pollFeed } from '../../src/knowledge/feeds/poll-feed.ts';
import { itemPage, refusedUrl, startFeedServer } from './feed-server.ts';
import { recordingLogger } from './temp-knowledge-dir.ts';

const LONG =
  'The harbor authority confirmed the plan at a public meeting on Tuesday evening, after months of talks.';
let site: Awaited<ReturnType<typeof startFeedServer>>;
let store: MemoryFeedStore;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  site = await startFeedServer();
});
afterAll(() => site.close());
beforeEach(() => {
  site.items.length = 0;
  site.pages.clear();
  site.requests.length = 0;
  store = new MemoryFeedStore();
  logger = recordingLogger();
});

function options(at = '2024-05-06T12:00:00Z'): PollOptions {
  // The feed site runs on 127.0.0.1, so these tests opt in to private addresses.
  return { store, clock: fixedClock(at), logger, timeoutMs: 2_000, policy: ALLOW_ALL };
}

function addItem(n: number, extra: Partial<{ guid: string; pageFails: boolean }> = {}) {
  const path = `/items/${n}`;
  site.items.push({
    guid: extra.guid ?? `item-${n}`,
    path,
    title: `Ferry line ${n} opens`,
    summary: `Summary of item ${n}.`,
    pubDate: 'Mon, 06 May 2024 09:30:00 GMT',
  });
  if (!extra.pageFails)
    site.pages.set(path, itemPage(`Ferry line ${n} opens`, [`Ferry line ${n} starts on Monday.`, LONG]));
}

describe('pollFeed with RSS', () => {
  test('the first poll records the items from their pages without announcing them', async () => {
    addItem(1);
    addItem(2);
    const url = `${site.base}/rss.xml`;
    const result = await pollFeed(url, options());
    expect(result).toMatchObject({ status: 'new', announce: false });
    expect(result.newArticles).toHaveLength(2);
    const [first] = result.newArticles;
    expect(first).toMatchObject({
      id: expect.stringMatching(/^feed:[0-9a-f]{12}$/),
      title: 'Ferry line 1 opens',
      published: '2024-05-06T09:30:00.000Z',
      url: `${site.base}/items/1`,
      file: `${site.base}/items/1`,
      source: 'Harbor Gazette',
    });
    expect(first?.body).toBe(`Ferry line 1 starts on Monday.\n\n${LONG}`);
    expect(store.listFeedItems().map((item) => item.keys[0])).toEqual(['guid:item-1', 'guid:item-2']);
    expect(store.getFeedState(url)).toMatchObject({ url, etag: expect.any(String), itemCount: 2 });
    expect(store.getFeedState(url)).not.toHaveProperty('lastError');
  });

  test('a new item on the next poll is stored once and announced; an unchanged feed adds nothing', async () => {
    const url = `${site.base}/rss.xml`;
    addItem(1);
    await pollFeed(url, options());
    addItem(2);
    const second = await pollFeed(url, options('2024-05-06T12:10:00Z'));
    expect(second.status).toBe('new');
    expect(second.announce).toBe(true);
    expect(second.newArticles.map((article) => article.title)).toEqual(['Ferry line 2 opens']);
    expect(store.listFeedItems()).toHaveLength(2);
    expect(store.listFeedItems()[1]?.firstSeenAt).toBe('2024-05-06T12:10:00.000Z');

    const etag = store.getFeedState(url)?.etag;
    const third = await pollFeed(url, options('2024-05-06T12:20:00Z'));
    expect(third).toEqual({ status: 'unchanged', newArticles: [], announce: false });
    expect(site.requests.at(-1)?.headers['if-none-match']).toBe(etag);
    expect(store.listFeedItems()).toHaveLength(2);
    expect(store.getFeedState(url)?.lastPolledAt).toBe('2024-05-06T12:20:00.000Z');
  });

  test('an item whose page fails falls back to its summary', async () => {
    addItem(1, { pageFails: true });
    const [article] = (await pollFeed(`${site.base}/rss.xml`, options())).newArticles;
    expect(article?.body).toBe('Summary of item 1.');
    expect(article?.source).toBe('Harbor Gazette');
  });
});

describe('pollFeed with Atom', () => {
  test('reads entries with their alternate link and id', async () => {
    addItem(1);
    const result = await pollFeed(`${site.base}/atom.xml`, options());
    expect(result.status).toBe('new');
    expect(result.newArticles[0]).toMatchObject({
      title: 'Ferry line 1 opens',
      url: `${site.base}/items/1`,
      published: '2024-05-06T10:00:00.000Z',
    });
    expect(store.listFeedItems()[0]?.keys.slice(0, 2)).toEqual(['guid:item-1', `link:${site.base}/items/1`]);
  });
});

describe('feed failures are reported, never thrown', () => {
  test.each([
    ['HTTP 500', '/down.xml', 'HTTP 500'],
    ['garbage', '/garbage.xml', /^not RSS or Atom/],
  ])('%s', async (_name, path, error) => {
    const url = `${site.base}${path}`;
    const result = await pollFeed(url, options());
    expect(result).toMatchObject({ status: 'error', newArticles: [], announce: false, error });
    expect(store.getFeedState(url)?.lastError).toEqual(result.error);
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]?.fields).toMatchObject({ feed: url });
  });

  test('connection refused', async () => {
    const url = await refusedUrl();
    const result = await pollFeed(url, options());
    expect(result).toMatchObject({ status: 'error', error: 'connection refused' });
    expect(logger.warnings).toHaveLength(1);
  });

  test('a feed that does not answer times out', async () => {
    const url = `${site.base}/hang.xml`;
    const result = await pollFeed(url, { ...options(), timeoutMs: 100 });
    expect(result).toMatchObject({ status: 'error', error: 'timed out after 0.1 s' });
  });

  test('a good poll after a failure clears the error and still counts as the first one', async () => {
    addItem(1);
    const url = `${site.base}/rss.xml`;
    store.saveFeedState({ url, itemCount: 0, lastError: 'HTTP 503', lastPolledAt: '2024-05-06T11:00:00Z' });
    const result = await pollFeed(url, options());
    expect(result).toMatchObject({ status: 'new', announce: false });
    expect(store.getFeedState(url)).not.toHaveProperty('lastError');
  });

  test('pollAllFeeds polls every feed even when one fails', async () => {
    addItem(1);
    const results = await pollAllFeeds([`${site.base}/down.xml`, `${site.base}/rss.xml`], options());
    expect(results.map((result) => [result.url.replace(site.base, ''), result.status])).toEqual([
      ['/down.xml', 'error'],
      ['/rss.xml', 'new'],
    ]);
  });
});

describe('dedupe by guid, then link, then content hash', () => {
  test('an item is stored once however it reappears', async () => {
    addItem(1);
    site.items.push(
      { guid: 'item-1', path: '/items/other', title: 'Same guid, new link', summary: 'x' },
      { guid: 'renamed', path: '/items/1', title: 'New guid, same link', summary: 'y' },
      { title: 'No guid or link', summary: 'Same words.' },
      { title: 'No guid or link', summary: 'Same  words.' },
    );
    const url = `${site.base}/rss.xml`;
    const result = await pollFeed(url, options());
    expect(result.newArticles.map((article) => article.title)).toEqual([
      'Ferry line 1 opens',
      'No guid or link',
    ]);
    expect(result.newArticles[1]?.file).toMatch(/^feed:[0-9a-f]{12}$/);

    const fromAtom = await pollFeed(`${site.base}/atom.xml`, options());
    expect(fromAtom.newArticles).toEqual([]);
    expect(store.listFeedItems()).toHaveLength(2);
  });
});

describe('feeds on private addresses', () => {
  test('are refused by default, with the reason in the feed state', async () => {
    addItem(1);
    const url = `${site.base}/rss.xml`;
    const before = site.requests.length;
    const result = await pollFeed(url, {
      store,
      clock: fixedClock('2024-05-06T12:00:00Z'),
      logger,
      timeoutMs: 2_000,
    });
    expect(result).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/private or internal network address/),
    });
    expect(site.requests.length).toBe(before);
    expect(store.getFeedState(url)?.lastError).toMatch(/FETCH_ALLOW_HOSTS/);
  });
});
