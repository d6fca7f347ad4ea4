import type { webApi } from '@slack/bolt';
import type { FindDelivery } from '../../src/scheduler/types.ts';
import { assertSlack, toDeliveryError } from './delivery-error.ts';
import { digestKeyOf } from './digest-metadata.ts';

export type HistoryClient = Pick<webApi.WebClient, 'auth' | 'conversations'>;

/**
 * How far back the lookup reads. Recovery runs at the first tick after a restart, so the
 * briefing is normally among the newest messages; one buried under more is posted again.
 */
export const HISTORY_LIMIT = 100;

/**
 * Looks for a briefing Sitrep itself posted in the channel with `idempotencyKey` in its
 * metadata, among the channel's latest `HISTORY_LIMIT` messages (conversations.history; the
 * channels:history, groups:history or im:history scope, and membership of the channel).
 * Resolves with its ts, or undefined when it is not there; a failed lookup throws
 * `DeliveryError`, classified like a failed post.
 * @see https://docs.slack.dev/reference/methods/conversations.history
 */
export function createFindDelivery(client: HistoryClient): FindDelivery {
  let botId: string | undefined;
  return async (channel, idempotencyKey) => {
    assertSlack(channel);
    try {
      // Another app (a second Sitrep install) may tag posts with the same key: only ours count.
      botId ??= (await client.auth.test()).bot_id;
      const { messages = [] } = await client.conversations.history({
        channel: channel.id,
        include_all_metadata: true,
        limit: HISTORY_LIMIT,
      });
      const post = messages.find(
        (message) => botId && message.bot_id === botId && digestKeyOf(message) === idempotencyKey,
      );
      return post?.ts ? { messageIds: [post.ts] } : undefined;
    } catch (error) {
      throw toDeliveryError(error, `Looking for the briefing in Slack channel ${channel.id}`);
    }
  };
}
