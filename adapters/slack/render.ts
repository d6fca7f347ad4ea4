import { capReply } from '../../src/replies/cap-reply.ts';
import { assertNever, type Reply } from '../../src/replies/reply.ts';
import { type Block, LIMITS, sections } from './blocks.ts';
import { paginate, type SlackMessage } from './paginate.ts';
import { answerBlocks, noAnswerBlocks, searchBlocks } from './render-answers.ts';
import { digestBlocks, quotesBlocks, summaryBlocks } from './render-articles.ts';
import { definitionBlocks } from './render-definition.ts';
import { errorBlocks, helpBlocks, noticeBlocks, sourcesBlocks } from './render-status.ts';

export type { SlackMessage } from './paginate.ts';

/**
 * Who should see a reply:
 * - `asker`: only the person who asked (errors, private notices, a digest preview): ephemeral
 *   wherever Slack allows;
 * - `channel`: everyone (a public notice such as "this channel now gets the daily digest");
 * - `shareable`: content (answers, summaries, quotes, digests…): ephemeral for a slash
 *   command, with a "Share in channel" button; in the thread for a mention.
 */
export type Audience = 'asker' | 'channel' | 'shareable';

export interface RenderedReply {
  /** At least one message; more when the reply exceeds Slack's 50-block limit. */
  messages: SlackMessage[];
  audience: Audience;
}

export interface RenderOptions {
  /** Blocks allowed per message; lower than 50 to leave room for blocks added later (a button). */
  maxBlocks?: number;
}

/**
 * Renders any reply as Block Kit messages within Slack's limits (3,000 characters a section,
 * 50 blocks a message), every piece of article text escaped, each message with a fallback text;
 * never more than `MAX_MESSAGES_PER_REPLY` messages (see `capReply`).
 */
export function render(
  reply: Reply,
  { maxBlocks = LIMITS.blocksPerMessage }: RenderOptions = {},
): RenderedReply {
  const messages = capReply(reply, (shown) => {
    const blocks = layout(shown);
    return paginate(blocks.length ? blocks : sections(['(empty reply)']), maxBlocks);
  });
  return { messages, audience: audienceOf(reply) };
}

/** The blocks of a reply, before they are split into messages. */
export function layout(reply: Reply): Block[] {
  switch (reply.kind) {
    case 'answer':
      return answerBlocks(reply);
    case 'noAnswer':
      return noAnswerBlocks(reply);
    case 'definition':
      return definitionBlocks(reply);
    case 'search':
      return searchBlocks(reply);
    case 'summary':
      return summaryBlocks(reply);
    case 'quotes':
      return quotesBlocks(reply);
    case 'digest':
      return digestBlocks(reply);
    case 'sources':
      return sourcesBlocks(reply);
    case 'help':
      return helpBlocks(reply);
    case 'notice':
      return noticeBlocks(reply);
    case 'error':
      return errorBlocks(reply);
    default:
      return assertNever(reply);
  }
}

function audienceOf(reply: Reply): Audience {
  if (reply.kind === 'error') return 'asker';
  if (reply.kind === 'notice') return reply.private ? 'asker' : 'channel';
  if (reply.kind === 'digest' && reply.private) return 'asker';
  if (reply.kind === 'summary' && reply.private) return 'asker';
  return 'shareable';
}
