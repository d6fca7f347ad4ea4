import type { Reply } from '../../src/replies/reply.ts';
import { type Block, contexts, LIMITS } from './blocks.ts';
import type { SlackMessage } from './paginate.ts';
import { render } from './render.ts';

export const SHARE_ACTION_ID = 'sitrep_share';

/** One post to a `response_url` (a subset of Bolt's `SlashResponse`). */
export interface SlashResponse {
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
  text?: string;
  blocks?: Block[];
}

/** A `response_url` takes at most 5 posts (within 30 minutes). */
const MAX_RESPONSES = 5;
/** Room left in each message for the share button and a note. */
const RESERVED_BLOCKS = 2;

/**
 * The responses to a slash command: content is ephemeral with a "Share in channel" button on
 * its last message; errors and private notices are ephemeral without it; a public notice is
 * posted in the channel. Never more than Slack's five responses: the fifth says it was cut.
 */
export function slashResponses(reply: Reply, typedText: string): SlashResponse[] {
  const { messages, audience } = render(reply, { maxBlocks: LIMITS.blocksPerMessage - RESERVED_BLOCKS });
  const kept = keepWithinResponses(messages, MAX_RESPONSES);
  const button = audience === 'shareable' ? shareButton(typedText) : undefined;
  return kept.map((message, i) => ({
    response_type: audience === 'channel' ? 'in_channel' : 'ephemeral',
    text: message.text,
    blocks: i === kept.length - 1 && button ? [...message.blocks, button] : message.blocks,
  }));
}

/**
 * The responses that re-post a shared reply for everyone (plus the deletion of the private
 * copy, which uses one more of the five posts). A reply that is no longer shareable (the
 * command now fails) goes back to the sharer alone.
 */
export function sharedResponses(reply: Reply, sharedByUserId: string): SlashResponse[] {
  const { messages, audience } = render(reply, { maxBlocks: LIMITS.blocksPerMessage - RESERVED_BLOCKS });
  if (audience !== 'shareable') {
    return keepWithinResponses(messages, MAX_RESPONSES).map((message) => ({
      response_type: 'ephemeral',
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    }));
  }
  const kept = keepWithinResponses(messages, MAX_RESPONSES - 1);
  return [
    ...kept.map(
      (message, i): SlashResponse => ({
        response_type: 'in_channel',
        replace_original: false,
        text: message.text,
        blocks:
          i === kept.length - 1
            ? [...message.blocks, ...contexts([`Shared by <@${sharedByUserId}>`])]
            : message.blocks,
      }),
    ),
    { delete_original: true },
  ];
}

/** The text typed after `/sitrep`, carried by the button so the command can run again for everyone. */
function shareButton(typedText: string): Block | undefined {
  const value = JSON.stringify({ text: typedText });
  if (value.length > LIMITS.buttonValue) return undefined;
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: SHARE_ACTION_ID,
        text: { type: 'plain_text', text: 'Share in channel' },
        value,
      },
    ],
  };
}

/** The typed text back from a share button's value; undefined when the value is not one of ours. */
export function typedTextOf(value: string | undefined): string | undefined {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    const text = (parsed as { text?: unknown } | null)?.text;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

function keepWithinResponses(messages: SlackMessage[], max: number): SlackMessage[] {
  if (messages.length <= max) return messages;
  const kept = messages.slice(0, max);
  const last = kept[max - 1]!;
  kept[max - 1] = {
    ...last,
    blocks: [
      ...last.blocks,
      ...contexts([`_Cut short: Slack allows ${max} replies here. Narrow the request to see the rest._`]),
    ],
  };
  return kept;
}
