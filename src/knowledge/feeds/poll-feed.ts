import type { Clock } from '../../clock.ts';
import { type FetchPolicy, PUBLIC_ONLY } from '../../fetch/fetch-policy.ts';
import type { FeedState, FeedStore } from '../../store/feed-store.ts';
import type { Article } from '../article.ts';
import type { KnowledgeLogger } from '../knowledge-logger.ts';
import { fetchText } from './fetch-text.ts';
import { itemToArticle } from './item-article.ts';
import { feedArticleId, feedItemKeys } from './item-keys.ts';
import { type FeedItem, parseFeed } from './parse-feed.ts';

export const DEFAULT_FEED_TIMEOUT_MS = 10_000;
/** New items read per poll; the rest wait for the next poll, so one huge feed cannot stall the others. */
export const DEFAULT_MAX_NEW_ITEMS = 50;

export interface PollOptions {
  store: FeedStore;
  clock: Clock;
  logger: KnowledgeLogger;
  /** Which addresses feeds and their item pages may be on; public ones only by default. */
  policy?: FetchPolicy;
  /** Per request: the feed itself and each item page. Default 10 s. */
  timeoutMs?: number;
  maxNewItems?: number;
}

export interface FeedPollResult {
  status: 'new' | 'unchanged' | 'error';
  /** Articles stored by this poll, including on a feed's first poll (for the index). */
  newArticles: Article[];
  /** False on a feed's first successful poll, so its back catalogue is not announced. */
  announce: boolean;
  error?: string;
}

/**
 * Polls one feed: a conditional GET (ETag / Last-Modified from the stored state; 304 means
 * unchanged), then each item not seen before (by guid, link or content hash) is read from its
 * page and stored once. Never throws: a feed that is down, slow or not RSS/Atom gives
 * `status: 'error'`, sets `lastError` in its state and logs one warning.
 */
export async function pollFeed(url: string, options: PollOptions): Promise<FeedPollResult> {
  const { store, clock } = options;
  const previous = store.getFeedState(url);
  const polledAt = clock.now().toISOString();
  const timeoutMs = options.timeoutMs ?? DEFAULT_FEED_TIMEOUT_MS;
  const policy = options.policy ?? PUBLIC_ONLY;
  const fetched = await fetchText(url, { policy, timeoutMs, headers: conditionalHeaders(previous) });
  if (!fetched.ok && fetched.status === 304 && previous) {
    store.saveFeedState(withoutError({ ...previous, lastPolledAt: polledAt, lastOkAt: polledAt }));
    return { status: 'unchanged', newArticles: [], announce: false };
  }
  if (!fetched.ok) return fail(url, previous, polledAt, fetched.error, options);
  const parsed = parseFeed(fetched.text);
  if (!parsed.ok) return fail(url, previous, polledAt, parsed.error, options);

  const isFirstSuccess = previous?.lastOkAt === undefined;
  const fresh = unseenItems(parsed.feed.items, store).slice(0, options.maxNewItems ?? DEFAULT_MAX_NEW_ITEMS);
  const newArticles: Article[] = [];
  for (const { item, keys } of fresh) {
    const article = await itemToArticle(item, feedArticleId(keys), {
      policy,
      timeoutMs,
      feedTitle: parsed.feed.title,
    });
    store.addFeedItem({ feedUrl: url, keys, article, firstSeenAt: polledAt });
    newArticles.push(article);
  }
  store.saveFeedState(
    withoutError({
      ...previous,
      url,
      etag: fetched.headers.get('etag') ?? undefined,
      lastModified: fetched.headers.get('last-modified') ?? undefined,
      lastPolledAt: polledAt,
      lastOkAt: polledAt,
      itemCount: (previous?.itemCount ?? 0) + newArticles.length,
    }),
  );
  const status = newArticles.length > 0 ? 'new' : 'unchanged';
  return { status, newArticles, announce: !isFirstSuccess && newArticles.length > 0 };
}

/** Polls each feed in turn; one feed's failure does not affect the others. */
export async function pollAllFeeds(
  urls: readonly string[],
  options: PollOptions,
): Promise<(FeedPollResult & { url: string })[]> {
  const results: (FeedPollResult & { url: string })[] = [];
  for (const url of urls) results.push({ url, ...(await pollFeed(url, options)) });
  return results;
}

function conditionalHeaders(state: FeedState | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
  return headers;
}

/** Items whose keys the store has never seen, also deduped within this one document. */
function unseenItems(items: FeedItem[], store: FeedStore): { item: FeedItem; keys: string[] }[] {
  const seenNow = new Set<string>();
  const fresh: { item: FeedItem; keys: string[] }[] = [];
  for (const item of items) {
    const keys = feedItemKeys(item);
    if (keys.some((key) => seenNow.has(key)) || store.hasFeedItem(keys)) continue;
    for (const key of keys) seenNow.add(key);
    fresh.push({ item, keys });
  }
  return fresh;
}

function fail(
  url: string,
  previous: FeedState | undefined,
  polledAt: string,
  error: string,
  { store, logger }: PollOptions,
): FeedPollResult {
  store.saveFeedState({ itemCount: 0, ...previous, url, lastPolledAt: polledAt, lastError: error });
  logger.warn({ feed: url, error }, `feed ${url} failed: ${error}`);
  return { status: 'error', newArticles: [], announce: false, error };
}

function withoutError(state: FeedState): FeedState {
  const { lastError: _cleared, ...rest } = state;
  return Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  ) as unknown as FeedState;
}
