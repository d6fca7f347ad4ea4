import { sha256Hex, shortSha1 } from '../hash.ts';
import { collapseWhitespace } from '../paragraphs.ts';
import type { FeedItem } from './parse-feed.ts';

/**
 * The dedupe keys of a feed item in order of preference: `guid:…`, `link:…`, then
 * `hash:<sha256>` of its title and summary, so an item that is re-published under a new guid or
 * link is still recognised by its content.
 */
export function feedItemKeys(item: FeedItem): string[] {
  const keys: string[] = [];
  if (item.guid) keys.push(`guid:${item.guid}`);
  if (item.link) keys.push(`link:${item.link}`);
  const content = collapseWhitespace(`${item.title}\n${item.summary ?? ''}`).toLowerCase();
  keys.push(`hash:${sha256Hex(content)}`);
  return keys;
}

/** A stable article id for a feed item: `feed:` and 12 hex digits of the SHA-1 of its first key. */
export function feedArticleId(keys: readonly string[]): string {
  return `feed:${shortSha1(keys[0] ?? '')}`;
}
