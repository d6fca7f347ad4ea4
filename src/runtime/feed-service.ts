import type { Clock } from '../clock.ts';
import type { FetchPolicy } from '../fetch/fetch-policy.ts';
import { readFeedList } from '../knowledge/feeds/feed-list.ts';
import { FeedPoller } from '../knowledge/feeds/feed-poller.ts';
import type { Logger } from '../logger.ts';
import type { FeedHealth } from '../replies/reply.ts';
import type { FeedStore } from '../store/feed-store.ts';

export interface FeedService {
  health(): FeedHealth[];
  start(): Promise<void>;
  /** Polls once now (when this process may poll); resolves when the poll is done. */
  pollNow(): Promise<void>;
  stop(): void;
}

/**
 * Polls the feeds in knowledge/feeds.txt at start and every `intervalMinutes`; new items are
 * stored in the feed store, and `onNewArticles` lets the knowledge base index them.
 */
export function createFeedService(options: {
  knowledgeDir: string;
  store: FeedStore;
  clock: Clock;
  logger: Logger;
  intervalMinutes: number;
  /** Which addresses feeds may be on (FETCH_ALLOW_PRIVATE, FETCH_ALLOW_HOSTS). */
  policy: FetchPolicy;
  /**
   * Asked before each poll: false skips it (another replica holds the feed-poller lock). The
   * feed list is still read, so /sources shows the feeds' state from the shared store.
   */
  mayPoll?: () => boolean;
  /** Hears each poll's results, e.g. for metrics. */
  onPolled?: (results: { status: 'new' | 'unchanged' | 'error' }[]) => void;
  onNewArticles(): Promise<void> | void;
}): FeedService {
  let urls: readonly string[] = [];
  const poller = new FeedPoller({
    store: options.store,
    clock: options.clock,
    logger: options.logger,
    intervalMinutes: options.intervalMinutes,
    policy: options.policy,
    feeds: async () => {
      urls = await readFeedList(options.knowledgeDir, { logger: options.logger });
      return options.mayPoll && !options.mayPoll() ? [] : urls;
    },
    onResults: async (results) => {
      options.onPolled?.(results);
      if (results.some((result) => result.newArticles.length > 0)) await options.onNewArticles();
    },
  });
  return {
    health: () =>
      urls.map((url) => {
        const state = options.store.getFeedState(url);
        return {
          url,
          ok: !state?.lastError,
          lastPolled: state?.lastPolledAt,
          items: state?.itemCount ?? 0,
          error: state?.lastError,
        };
      }),
    async start() {
      await poller.start();
    },
    async pollNow() {
      await poller.pollOnce();
    },
    stop: () => poller.stop(),
  };
}
