import type { webApi } from '@slack/bolt';
import type { ChannelPacer } from './pacer.ts';
import type { SlackMessage } from './paginate.ts';

export type ChatClient = Pick<webApi.WebClient, 'chat'>;

export interface PostTarget {
  channelId: string;
  /** Post in this thread (the ts of its first message). */
  threadTs?: string;
}

/**
 * Posts `messages` in order with chat.postMessage, each when the channel's pacing allows, and
 * returns their timestamps (Slack message ids). Link previews are off: a digest with ten links
 * would otherwise bury itself under ten previews.
 */
export async function postMessages(
  client: ChatClient,
  pace: ChannelPacer,
  target: PostTarget,
  messages: SlackMessage[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const message of messages) {
    await pace(target.channelId);
    const result = await client.chat.postMessage({
      channel: target.channelId,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      ...(message.metadata ? { metadata: message.metadata } : {}),
      unfurl_links: false,
      unfurl_media: false,
    });
    if (result.ts) ids.push(result.ts);
  }
  return ids;
}

/** Posts `messages` so only `userId` sees them (chat.postEphemeral), in the thread when given. */
export async function postEphemerals(
  client: ChatClient,
  target: PostTarget & { userId: string },
  messages: SlackMessage[],
): Promise<void> {
  for (const message of messages) {
    await client.chat.postEphemeral({
      channel: target.channelId,
      user: target.userId,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
    });
  }
}
