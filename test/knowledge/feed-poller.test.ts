import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { ALLOW_ALL } from '../../src/fetch/fetch-policy.ts';
import { FeedPoller, type IntervalTimer } from '../../src/knowledge/feeds/feed-poller.ts';
import { MemoryFeedStore } from '../../src/knowledge/feeds/memory-feed-store.ts';
import type { FeedPollResult } from '../../src/knowledge/feeds/poll-feed.ts';
import { startFeedServer } from './feed-server.ts';
import { recordingLogger } from './temp-knowledge-dir.ts';

function fakeTimer() {
  const scheduled: { callback: () => void; ms: number }[] = [];
  const cleared: unknown[] = [];
  const timer: IntervalTimer = {
    setInterval(callback, ms) {
      scheduled.push({ callback, ms });
      return scheduled.length;
    },
    clearInterval(handle) {
      cleared.push(handle);
    },
  };
  return { ...timer, scheduled, cleared };
}

let site: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  site = await startFeedServer();
});
afterAll(() => site.close());

describe('FeedPoller', () => {
  test('polls at start, then on every tick of the interval, and reports results', async () => {
    site.items.push({ guid: 'a', title: 'First item', summary: 'First.' });
    const timer = fakeTimer();
    const reported: (FeedPollResult & { url: string })[][] = [];
    const poller = new FeedPoller({
      feeds: () => [`${site.base}/rss.xml`],
      intervalMinutes: 15,
      timer,
      policy: ALLOW_ALL, // the feed site is on 127.0.0.1
      store: new MemoryFeedStore(),
      clock: fixedClock('2024-05-06T12:00:00Z'),
      logger: recordingLogger(),
      onResults: (results) => {
        reported.push(results);
      },
    });
    const first = await poller.start();
    expect(first).toMatchObject([{ status: 'new', announce: false }]);
    expect(timer.scheduled.map((entry) => entry.ms)).toEqual([15 * 60_000]);

    site.items.push({ guid: 'b', title: 'Second item', summary: 'Second.' });
    timer.scheduled[0]?.callback();
    const second = await poller.pollOnce();
    expect(second[0]).toMatchObject({ status: 'new', announce: true });
    expect(second[0]?.newArticles.map((article) => article.title)).toEqual(['Second item']);
    expect(reported).toHaveLength(2);

    poller.stop();
    expect(timer.cleared).toEqual([1]);
  });

  test('a failing feed list is logged and the poller keeps going', async () => {
    const logger = recordingLogger();
    const poller = new FeedPoller({
      feeds: () => Promise.reject(new Error('feeds.txt unreadable')),
      intervalMinutes: 5,
      timer: fakeTimer(),
      store: new MemoryFeedStore(),
      clock: fixedClock('2024-05-06T12:00:00Z'),
      logger,
    });
    expect(await poller.pollOnce()).toEqual([]);
    expect(logger.warnings[0]?.fields).toEqual({ error: 'feeds.txt unreadable' });
  });
});
