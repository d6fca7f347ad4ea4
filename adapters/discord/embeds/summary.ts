import type { APIEmbed } from 'discord.js';
import type { SummaryReply } from '../../../src/replies/reply.ts';
import { formatDate } from '../../shared/format-date.ts';
import { COLORS } from '../colors.ts';
import { joinWithin, LIMITS } from '../limits.ts';
import { plain, safeUrl } from '../markdown.ts';

/** The article's title linking to it, its summary sentences as bullets, date and id in the footer. */
export function summaryEmbed(reply: SummaryReply): APIEmbed {
  const bullets = reply.sentences.map((sentence) => `• ${plain(sentence)}`);
  const date = formatDate(reply.published);
  return {
    color: COLORS.listing,
    title: plain(reply.title),
    url: safeUrl(reply.url),
    description:
      bullets.length > 0 ? joinWithin(bullets, LIMITS.description) : 'This article has no text to summarize.',
    footer: {
      text: [reply.note, date ? `${date} · ${reply.articleId}` : reply.articleId].filter(Boolean).join('\n'),
    },
  };
}
