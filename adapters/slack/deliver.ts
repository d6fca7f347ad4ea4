import { type Logger as BoltLogger, webApi } from '@slack/bolt';
import { type Deliver, DeliveryError, type DeliveryFailure } from '../../src/bot/deliver.ts';
import type { ChannelPacer } from './pacer.ts';
import { type ChatClient, postMessages } from './post-messages.ts';
import { render } from './render.ts';

const GONE = new Set(['channel_not_found', 'is_archived', 'team_access_not_granted', 'team_not_found']);
const TRANSIENT = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

export interface DeliveryOptions {
  botToken: string;
  /** Web API base (SLACK_API_URL); Slack's own by default. */
  apiUrl?: string;
  pace: ChannelPacer;
  logger?: BoltLogger;
}

/**
 * Scheduled delivery (digests) with a Web API client of its own that never retries and
 * rejects rate-limited calls at once: the scheduler owns retries and backoff, and needs to
 * hear about each failure.
 */
export function createSlackDeliver({ botToken, apiUrl, pace, logger }: DeliveryOptions): Deliver {
  const client = new webApi.WebClient(botToken, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    ...(logger ? { logger } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return createDeliver(client, pace);
}

/**
 * Posts a reply into a channel through chat.postMessage; throws `DeliveryError` with the
 * failure kind the scheduler acts on.
 */
export function createDeliver(client: ChatClient, pace: ChannelPacer): Deliver {
  return async (channel, reply) => {
    if (channel.platform !== 'slack') {
      throw new DeliveryError('gone', `Channel ${channel.id} belongs to ${channel.platform}, not Slack.`);
    }
    try {
      const messageIds = await postMessages(client, pace, { channelId: channel.id }, render(reply).messages);
      return { messageIds };
    } catch (error) {
      throw toDeliveryError(error, channel.id);
    }
  };
}

/**
 * Slack failure → what the scheduler should do: a deleted or archived channel is `gone`; a
 * missing invitation or scope (not_in_channel, missing_scope, a revoked token…) is
 * `forbidden`; 5xx, rate limits and network failures are `transient`.
 */
export function toDeliveryError(error: unknown, channelId: string): DeliveryError {
  const failure = failureOf(error);
  return new DeliveryError(failure.kind, `Posting to Slack channel ${channelId} failed: ${failure.reason}.`);
}

function failureOf(error: unknown): { kind: DeliveryFailure; reason: string } {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === webApi.ErrorCode.PlatformError) {
    const slackError = String((error as webApi.WebAPIPlatformError).data.error);
    if (GONE.has(slackError)) return { kind: 'gone', reason: slackError };
    if (TRANSIENT.has(slackError)) return { kind: 'transient', reason: slackError };
    // not_in_channel, missing_scope, invalid_auth, token_revoked, and anything unknown: a person
    // has to act (invite Sitrep, reinstall the app), so retrying soon would not help.
    return { kind: 'forbidden', reason: slackError };
  }
  if (code === webApi.ErrorCode.RateLimitedError) return { kind: 'transient', reason: 'rate limited' };
  if (code === webApi.ErrorCode.HTTPError) {
    const status = (error as webApi.WebAPIHTTPError).statusCode;
    return { kind: status >= 500 || status === 429 ? 'transient' : 'forbidden', reason: `HTTP ${status}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'transient', reason: message };
}
