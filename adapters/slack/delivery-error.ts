import { webApi } from '@slack/bolt';
import { DeliveryError, type DeliveryFailure } from '../../src/bot/deliver.ts';
import type { ChannelRef } from '../../src/bot/request.ts';
import { failureOfHttpStatus } from '../shared/http-failure.ts';

const GONE = new Set(['channel_not_found', 'is_archived', 'team_access_not_granted', 'team_not_found']);
const TRANSIENT = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** Refuses a channel of another platform as `gone`: Slack will never know it. */
export function assertSlack(channel: ChannelRef): void {
  if (channel.platform !== 'slack') {
    throw new DeliveryError('gone', `Channel ${channel.id} belongs to ${channel.platform}, not Slack.`);
  }
}

/**
 * Slack failure → what the scheduler should do: a deleted or archived channel is `gone`; a
 * missing invitation or scope (not_in_channel, missing_scope, a revoked token…) is
 * `forbidden`; 5xx, rate limits and network failures are `transient`. `action` starts the
 * message ("Posting to Slack channel C1").
 */
export function toDeliveryError(error: unknown, action: string): DeliveryError {
  const failure = failureOf(error);
  return new DeliveryError(failure.kind, `${action} failed: ${failure.reason}.`);
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
    return { kind: failureOfHttpStatus(status), reason: `HTTP ${status}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'transient', reason: message };
}
