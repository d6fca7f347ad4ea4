import { analyzeArticle } from '../analysis/analyze.ts';
import type { UserRef } from '../bot/request.ts';
import type { Clock } from '../clock.ts';
import { UserError } from '../commands/command.ts';
import type { ImportedPage } from '../commands/services.ts';
import type { SummarizeSettings } from '../config.ts';
import type { Resolve } from '../fetch/check-target.ts';
import type { FetchPolicy } from '../fetch/fetch-policy.ts';
import { fetchArticle } from '../knowledge/fetch-article.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { FeedStore } from '../store/feed-store.ts';
import { sharesPage } from './share-policy.ts';

/** Pasted URLs are kept with the feed items, under this pseudo-feed, so they survive restarts. */
export const PASTED_URLS_FEED = 'sitrep:pasted-urls';

/**
 * `summarize URL` for a page not yet in the knowledge base: fetch it safely, and store it once
 * (by link) for everyone only when `sharesPage` allows; otherwise it is analyzed for this one
 * reply and forgotten.
 */
export function createUrlImporter(options: {
  store: FeedStore;
  knowledge: Pick<KnowledgeBase, 'get'>;
  clock: Clock;
  refresh(): Promise<unknown>;
  policy: FetchPolicy;
  sharing: SummarizeSettings;
  resolve?: Resolve;
}): (url: string, user: UserRef) => Promise<ImportedPage> {
  return async (url, user) => {
    const fetched = await fetchArticle(url, { policy: options.policy, resolve: options.resolve });
    if (!fetched.ok) {
      throw new UserError(
        'summarize.fetchFailed',
        `I could not read ${url} (${fetched.error}). Check the link, or add the article to knowledge/.`,
      );
    }
    if (!sharesPage(options.sharing, user, url)) {
      return { article: analyzeArticle(fetched.article), added: false };
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
    const indexed = options.knowledge.get(fetched.article.id);
    return { article: indexed ?? analyzeArticle(fetched.article), added: true };
  };
}
