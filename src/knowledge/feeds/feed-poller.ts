import { type FeedPollResult, type PollOptions, pollAllFeeds } from './poll-feed.ts';

/** The timer the poller schedules with; tests pass a fake, production uses the global one. */
export interface IntervalTimer {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const globalTimer: IntervalTimer = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export interface FeedPollerOptions extends PollOptions {
  /** The feed URLs to poll, read again on every poll so edits to feeds.txt apply without a restart. */
  feeds: () => Promise<readonly string[]> | readonly string[];
  intervalMinutes: number;
  /** Hears every poll's results, e.g. to index new articles and announce those with `announce`. */
  onResults?: (results: (FeedPollResult & { url: string })[]) => Promise<void> | void;
  timer?: IntervalTimer;
}

/**
 * Polls the feeds when started and then every `intervalMinutes`. A poll that is still running
 * when the next one is due is not doubled: callers get the running one.
 */
export class FeedPoller {
  readonly #options: FeedPollerOptions;
  #handle: unknown;
  #running: Promise<(FeedPollResult & { url: string })[]> | undefined;

  constructor(options: FeedPollerOptions) {
    this.#options = options;
  }

  /** Polls every feed once and reports the results to `onResults`; never rejects. */
  pollOnce(): Promise<(FeedPollResult & { url: string })[]> {
    this.#running ??= this.#poll().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Polls now, then on the interval. Returns the first poll. */
  start(): Promise<(FeedPollResult & { url: string })[]> {
    const timer = this.#options.timer ?? globalTimer;
    this.#handle ??= timer.setInterval(() => void this.pollOnce(), this.#options.intervalMinutes * 60_000);
    return this.pollOnce();
  }

  stop(): void {
    if (this.#handle === undefined) return;
    (this.#options.timer ?? globalTimer).clearInterval(this.#handle);
    this.#handle = undefined;
  }

  async #poll(): Promise<(FeedPollResult & { url: string })[]> {
    const { logger } = this.#options;
    try {
      const results = await pollAllFeeds(await this.#options.feeds(), this.#options);
      await this.#options.onResults?.(results);
      return results;
    } catch (error) {
      // pollFeed never throws, so this is the feed list or onResults; the next poll tries again.
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'feed poll failed');
      return [];
    }
  }
}
