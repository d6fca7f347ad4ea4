import { expect, test } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { syncArticles } from '../../src/runtime/article-sync.ts';

/** A store stand-in: notifications are called by hand, the version is a counter. */
function fakeSource() {
  const listeners = new Set<() => void>();
  return {
    version: 0,
    onArticlesAdded(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    feedItemsVersion() {
      return String(this.version);
    },
    notify() {
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

function fakeTimer() {
  const callbacks: Array<() => void> = [];
  return {
    setInterval: (callback: () => void) => callbacks.push(callback),
    clearInterval: () => callbacks.splice(0),
    fire: () => {
      for (const callback of callbacks) callback();
    },
  };
}

test('refreshes on a notification and, when one was missed, on the next catch-up check only', async () => {
  const source = fakeSource();
  const timer = fakeTimer();
  let refreshes = 0;
  const sync = syncArticles({ source, refresh: async () => void refreshes++, logger: silentLogger, timer });
  source.notify();
  await sync.settled();
  expect(refreshes).toBe(1);
  timer.fire(); // nothing new since
  await sync.settled();
  expect(refreshes).toBe(1);
  source.version++; // stored, but the notification never arrived
  timer.fire();
  await sync.settled();
  expect(refreshes).toBe(2);
  sync.stop();
  expect(source.listeners.size).toBe(0);
});

test('notifications during a refresh lead to one more refresh, not one each', async () => {
  const source = fakeSource();
  let refreshes = 0;
  let release: () => void = () => {};
  const sync = syncArticles({
    source,
    refresh: () => {
      refreshes++;
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    logger: silentLogger,
    timer: fakeTimer(),
  });
  source.notify();
  source.notify();
  source.notify();
  release();
  await Promise.resolve();
  await Promise.resolve();
  release();
  await sync.settled();
  expect(refreshes).toBe(2);
});
