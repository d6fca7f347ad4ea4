import type { Clock } from '../clock.ts';
import { UserError } from '../commands/command.ts';
import { fetchArticle } from '../knowledge/fetch-article.ts';
import type { FeedStore } from '../store/feed-store.ts';

/** Pasted URLs are kept with the feed items, under this pseudo-feed, so they survive restarts. */
export const PASTED_URLS_FEED = 'sitrep:pasted-urls';

/**
 * `summarize URL` for a page not yet in the knowledge base: fetch it, store it once (by link),
 * then let the knowledge base index it. Returns the article id.
 */
export function createUrlImporter(options: {
  store: FeedStore;
  clock: Clock;
  refresh(): Promise<unknown>;
  fetch?: typeof globalThis.fetch;
}): (url: string) => Promise<string> {
  return async (url) => {
    const fetched = await fetchArticle(url, { fetch: options.fetch });
    if (!fetched.ok) {
      throw new UserError(
        'summarize.fetchFailed',
        `I could not read ${url} (${fetched.error}). Check the link, or add the article to knowledge/.`,
      );
    }
    const keys = [`link:${url}`];
    if (!options.store.hasFeedItem(keys)) {
      options.store.addFeedItem({
        feedUrl: PASTED_URLS_FEED,
        keys,
        article: fetched.article,
        firstSeenAt: options.clock.now().toISOString(),
      });
    }
    await options.refresh();
    return fetched.article.id;
  };
}
