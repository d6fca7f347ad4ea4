import type { Logger } from '../logger.ts';

/** What a shared store offers for hearing about articles other replicas stored. */
export interface ArticleFeedSource {
  onArticlesAdded(listener: () => void): () => void;
  /** Changes whenever a feed item or pasted URL is stored. */
  feedItemsVersion(): string;
}

export interface IntervalTimer {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const globalTimer: IntervalTimer = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/**
 * Keeps this replica's index in step with feed items and pasted URLs stored by any replica:
 * a refresh on each notification (LISTEN/NOTIFY, within a second), and a catch-up check every
 * `catchUpMs` in case a notification was missed (a reconnect, a busy moment). Refreshes never
 * overlap; one that arrives during a refresh runs once after it.
 */
export function syncArticles(options: {
  source: ArticleFeedSource;
  refresh(): Promise<unknown>;
  logger: Logger;
  catchUpMs?: number;
  timer?: IntervalTimer;
}): { stop(): void; settled(): Promise<void> } {
  const timer = options.timer ?? globalTimer;
  let version = options.source.feedItemsVersion();
  let running: Promise<void> | undefined;
  let again = false;

  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        version = options.source.feedItemsVersion();
        try {
          await options.refresh();
        } catch (error) {
          options.logger.warn({ err: error }, 'could not index articles stored by another replica');
        }
      } while (again);
      running = undefined;
    })();
    return running;
  };

  const unlisten = options.source.onArticlesAdded(() => void refresh());
  const handle = timer.setInterval(() => {
    if (options.source.feedItemsVersion() !== version) void refresh();
  }, options.catchUpMs ?? 60_000);
  return {
    stop() {
      unlisten();
      timer.clearInterval(handle);
    },
    settled: () => running ?? Promise.resolve(),
  };
}
