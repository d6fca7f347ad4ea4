import { capReply } from '../../src/replies/cap-reply.ts';
import { assertNever, type Reply } from '../../src/replies/reply.ts';
import { answerEmbed, noAnswerEmbed } from './embeds/answer.ts';
import { definitionEmbed } from './embeds/definition.ts';
import { digestEmbeds } from './embeds/digest.ts';
import { helpEmbed } from './embeds/help.ts';
import { errorEmbed, noticeEmbed } from './embeds/notice.ts';
import { quoteEmbeds } from './embeds/quotes.ts';
import { searchEmbed } from './embeds/search.ts';
import { sourcesEmbed } from './embeds/sources.ts';
import { summaryEmbed } from './embeds/summary.ts';
import { withFeedbackButtons } from './feedback-buttons.ts';
import { type OutgoingMessage, toMessages } from './outgoing-message.ts';

/**
 * A reply as Discord messages: embeds within every limit (10 embeds and 6,000 characters a
 * message, 4,096 a description, …), split across messages on item boundaries when one is
 * not enough, nobody pinged. Errors, private notices and private digests (`/digest preview`)
 * are ephemeral; everything else, expected misses included, is an ordinary reply. Always at
 * least one message, never more than `MAX_MESSAGES_PER_REPLY` (see `capReply`).
 */
export function render(reply: Reply): OutgoingMessage[] {
  return capReply(reply, renderAll);
}

function renderAll(reply: Reply): OutgoingMessage[] {
  switch (reply.kind) {
    case 'answer':
      return withFeedbackButtons(toMessages([answerEmbed(reply)]), reply.answerId);
    case 'noAnswer':
      return toMessages([noAnswerEmbed(reply)]);
    case 'definition':
      return toMessages([definitionEmbed(reply)]);
    case 'search':
      return toMessages([searchEmbed(reply)]);
    case 'summary':
      return toMessages([summaryEmbed(reply)], { ephemeral: reply.private === true });
    case 'quotes':
      return toMessages(quoteEmbeds(reply));
    case 'digest':
      return toMessages(digestEmbeds(reply.digest), { ephemeral: reply.private === true });
    case 'sources':
      return toMessages([sourcesEmbed(reply)]);
    case 'help':
      return toMessages([helpEmbed(reply)]);
    case 'notice':
      return toMessages([noticeEmbed(reply)], { ephemeral: reply.private === true });
    case 'error':
      return toMessages([errorEmbed(reply)], { ephemeral: true });
    default:
      return assertNever(reply);
  }
}
