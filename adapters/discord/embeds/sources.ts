import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { FeedHealth, SourcesReply } from '../../../src/replies/reply.ts';
import { plural } from '../../../src/text/plural.ts';
import { formatDate } from '../../shared/format-date.ts';
import { COLORS } from '../colors.ts';
import { joinWithin, LIMITS } from '../limits.ts';
import { plain, safeUrl, sourceLine } from '../markdown.ts';

/** What the knowledge base holds: counts, the newest articles, and the health of each feed. */
export function sourcesEmbed(reply: SourcesReply): APIEmbed {
  const fields: APIEmbedField[] = [
    { name: 'Articles', value: String(reply.articles), inline: true },
    { name: 'Passages', value: String(reply.passages), inline: true },
    { name: 'Quotes', value: String(reply.quotes), inline: true },
    { name: 'Skipped files', value: String(reply.skipped), inline: true },
  ];
  if (reply.newest.length > 0) {
    fields.push({ name: 'Newest', value: joinWithin(reply.newest.map(sourceLine), LIMITS.fieldValue) });
  }
  if (reply.feeds.length > 0) {
    fields.push({ name: 'Feeds', value: joinWithin(reply.feeds.map(feedLine), LIMITS.fieldValue) });
  }
  return { color: COLORS.listing, title: 'Knowledge base', fields };
}

function feedLine(feed: FeedHealth): string {
  const polled = formatDate(feed.lastPolled);
  const detail = feed.ok
    ? `${plural(feed.items, 'item')}${polled ? `, polled ${polled}` : ''}`
    : plain(feed.error ?? 'failing');
  // A feed line from feeds.txt that is not an http(s) URL is shown as text, never as markup.
  const href = safeUrl(feed.url);
  return `${feed.ok ? '✅' : '⚠️'} ${href ? `<${href}>` : plain(feed.url)} — ${detail}`;
}
