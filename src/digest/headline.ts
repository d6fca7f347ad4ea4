import type { DigestGroup } from '../replies/reply.ts';
import { pluralNoun } from '../text/plural.ts';

/**
 * "5 new articles: 2 on space, 2 on sea, 1 on land", "1 new article on sea", or
 * "Nothing new since 2024-05-06 08:00 UTC" (with "on space" when topics were asked for).
 */
export function headlineOf(groups: DigestGroup[], since: Date, topics: string[] = []): string {
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  if (total === 0) {
    const scope = topics.length > 0 ? ` on ${topics.join(', ')}` : '';
    return `Nothing new${scope} since ${formatTime(since)}`;
  }
  const noun = pluralNoun(total, 'article');
  if (groups.length === 1) return `${total} new ${noun} on ${groups[0]!.topic}`;
  const parts = groups.map((group) => `${group.items.length} on ${group.topic}`);
  return `${total} new ${noun}: ${parts.join(', ')}`;
}

/** UTC, minute precision: the same digest reads the same wherever it is composed. */
export function formatTime(time: Date): string {
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
