import type { APIEmbed } from 'discord.js';
import type { ErrorReply, NoticeReply } from '../../../src/replies/reply.ts';
import { COLORS } from '../colors.ts';
import { joinWithin, LIMITS } from '../limits.ts';
import { plain, withoutMentions } from '../markdown.ts';

const MAX_SUGGESTIONS = 5;

/** A short confirmation or status; its lines are Sitrep's own words, markdown allowed. */
export function noticeEmbed(reply: NoticeReply): APIEmbed {
  return {
    color: COLORS.notice,
    title: reply.title,
    description: joinWithin(reply.lines.map(withoutMentions), LIMITS.description) || '—',
  };
}

/**
 * An error: the message, "did you mean" suggestions, and in the footer the reference id
 * the logs carry (bugs) or the stable code (expected failures), so a report can be traced.
 */
export function errorEmbed(reply: ErrorReply): APIEmbed {
  const suggestions = (reply.suggestions ?? []).slice(0, MAX_SUGGESTIONS).map((s) => `• ${plain(s)}`);
  return {
    color: COLORS.error,
    description: withoutMentions(reply.message),
    fields: suggestions.length > 0 ? [{ name: 'Did you mean', value: suggestions.join('\n') }] : [],
    footer: { text: reply.ref ? `ref ${reply.ref}` : reply.code },
  };
}
