import type { FeedItemRecord, FeedState, FeedStore } from '../../store/feed-store.ts';

/**
 * Keeps feed state and seen items in memory: fine for tests and the console, lost on restart
 * (every feed then counts as new and its first poll is not announced), not shared between processes.
 */
export class MemoryFeedStore implements FeedStore {
  readonly #states = new Map<string, FeedState>();
  readonly #items: FeedItemRecord[] = [];
  readonly #keys = new Set<string>();

  getFeedState(url: string): FeedState | undefined {
    const state = this.#states.get(url);
    return state ? { ...state } : undefined;
  }

  saveFeedState(state: FeedState): void {
    this.#states.set(state.url, { ...state });
  }

  hasFeedItem(keys: string[]): boolean {
    return keys.some((key) => this.#keys.has(key));
  }

  addFeedItem(item: FeedItemRecord): void {
    this.#items.push(structuredClone(item));
    for (const key of item.keys) this.#keys.add(key);
  }

  listFeedItems(): FeedItemRecord[] {
    return this.#items.map((item) => structuredClone(item));
  }
}
