import type { APIEmbed } from 'discord.js';
import { omittedNote } from '../../../src/replies/cap-reply.ts';
import type { Digest, DigestGroup, DigestItem } from '../../../src/replies/reply.ts';
import { plural } from '../../../src/text/plural.ts';
import { formatDate } from '../../shared/format-date.ts';
import { COLORS } from '../colors.ts';
import { chunkBlocks, LIMITS } from '../limits.ts';
import { plain, sourceLine } from '../markdown.ts';

/**
 * A header embed (headline and window), then one embed per topic group. A group longer than
 * a description allows continues in further embeds, split between items, never inside one.
 */
export function digestEmbeds(digest: Digest): APIEmbed[] {
  const omitted = digest.omitted ? [{ color: COLORS.digest, description: omittedNote(digest.omitted) }] : [];
  return [headerEmbed(digest), ...digest.groups.flatMap(groupEmbeds), ...omitted];
}

function headerEmbed(digest: Digest): APIEmbed {
  const count = digest.groups.reduce((sum, group) => sum + group.items.length, 0) + (digest.omitted ?? 0);
  const window = [formatDate(digest.since), formatDate(digest.until)].filter(Boolean).join(' – ');
  return {
    color: COLORS.digest,
    title: plain(digest.headline),
    description: count > 0 ? undefined : 'Nothing new in this window.',
    footer: { text: [window, plural(count, 'article')].filter(Boolean).join(' · ') },
  };
}

function groupEmbeds(group: DigestGroup): APIEmbed[] {
  const chunks = chunkBlocks(group.items.map(itemBlock), LIMITS.description);
  return chunks.map((description, index) => ({
    color: COLORS.digest,
    title: index === 0 ? plain(group.topic) : `${plain(group.topic)} (continued)`,
    description,
  }));
}

function itemBlock(item: DigestItem): string {
  const lines = [`**${sourceLine(item)}**`];
  if (item.summary.length > 0) lines.push(plain(item.summary.join(' ')));
  if (item.quote) lines.push(`> “${plain(item.quote.text)}” — ${plain(item.quote.speaker)}`);
  return lines.join('\n');
}
