import { type Logger as BoltLogger, webApi } from '@slack/bolt';
import type { DeliveryReceipt } from '../../src/bot/deliver.ts';
import type { ChannelRef } from '../../src/bot/request.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { DeliveryMeta, FindDelivery } from '../../src/scheduler/types.ts';
import { assertSlack, toDeliveryError } from './delivery-error.ts';
import { digestMetadata } from './digest-metadata.ts';
import { createFindDelivery } from './find-delivery.ts';
import type { ChannelPacer } from './pacer.ts';
import { type ChatClient, postMessages } from './post-messages.ts';
import { render, type SlackMessage } from './render.ts';

export interface DeliveryOptions {
  botToken: string;
  /** Web API base (SLACK_API_URL); Slack's own by default. */
  apiUrl?: string;
  pace: ChannelPacer;
  logger?: BoltLogger;
}

/**
 * Posts a reply into a channel; with `meta`, the first message carries its idempotency key so
 * `findDelivery` can find the post again. Fits both `Deliver` and `ScheduledDeliver`.
 */
export type SlackDeliver = (
  channel: ChannelRef,
  reply: Reply,
  meta?: DeliveryMeta,
) => Promise<DeliveryReceipt>;

export interface SlackDelivery {
  deliver: SlackDeliver;
  findDelivery: FindDelivery;
}

/**
 * Scheduled delivery (digests) and its lookup, over a Web API client of their own that never
 * retries and rejects rate-limited calls at once: the scheduler owns retries and backoff, and
 * needs to hear about each failure.
 */
export function createSlackDelivery({ botToken, apiUrl, pace, logger }: DeliveryOptions): SlackDelivery {
  const client = new webApi.WebClient(botToken, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    ...(logger ? { logger } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return { deliver: createDeliver(client, pace), findDelivery: createFindDelivery(client) };
}

/**
 * Posts a reply into a channel through chat.postMessage; throws `DeliveryError` with the
 * failure kind the scheduler acts on.
 */
export function createDeliver(client: ChatClient, pace: ChannelPacer): SlackDeliver {
  return async (channel, reply, meta) => {
    assertSlack(channel);
    try {
      const messages = tagFirst(render(reply).messages, meta);
      const messageIds = await postMessages(client, pace, { channelId: channel.id }, messages);
      return { messageIds };
    } catch (error) {
      throw toDeliveryError(error, `Posting to Slack channel ${channel.id}`);
    }
  };
}

// The key goes on the first message, so a briefing interrupted after any post is found again
// rather than posted twice (a long one cut between messages then stays cut).
function tagFirst(messages: SlackMessage[], meta: DeliveryMeta | undefined): SlackMessage[] {
  if (!meta) return messages;
  return messages.map((message, i) =>
    i === 0 ? { ...message, metadata: digestMetadata(meta.idempotencyKey) } : message,
  );
}
