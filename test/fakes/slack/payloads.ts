import { createHmac } from 'node:crypto';
import { BOT_USER_ID, TEAM_ID } from './fake-slack-api.ts';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const ASKER = 'U0ANA';
export const CHANNEL = 'C0GENERAL';

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** POSTs `body` to the app's /slack/events, signed as Slack signs it. */
export function postSigned(appUrl: string, body: string, options: SignedPostOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`${appUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(options.secret ?? SIGNING_SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

/** The fields Slack sends for `/sitrep {text}`. */
export function slashCommand(text: string, responseUrl: string, channelId = CHANNEL): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'sitrep-test',
    channel_id: channelId,
    channel_name: 'general',
    user_id: ASKER,
    user_name: 'ana',
    command: '/sitrep',
    text,
    api_app_id: 'A0SITREP',
    response_url: responseUrl,
    trigger_id: '1234.5678.abcd',
  };
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export interface MessageFields {
  text: string;
  eventId: string;
  ts: string;
  channel?: string;
  threadTs?: string;
}

/** An Events API envelope for an `app_mention` in a channel. */
export function mentionEnvelope({ text, eventId, ts, channel = CHANNEL, threadTs }: MessageFields) {
  return envelope(eventId, {
    type: 'app_mention',
    user: ASKER,
    text,
    ts,
    channel,
    event_ts: ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
}

/** An Events API envelope for a direct message (`message.im`). */
export function directMessageEnvelope({ text, eventId, ts, channel = 'D0ANA' }: MessageFields) {
  return envelope(eventId, {
    type: 'message',
    channel_type: 'im',
    user: ASKER,
    text,
    ts,
    channel,
    event_ts: ts,
  });
}

function envelope(eventId: string, event: Record<string, unknown>) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0SITREP',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_715_000_000,
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
  };
}

/** The `block_actions` payload of a click on the "Share in channel" button. */
export function shareClick(value: string, responseUrl: string, channelId = CHANNEL) {
  return {
    type: 'block_actions',
    user: { id: ASKER, username: 'ana', name: 'ana', team_id: TEAM_ID },
    api_app_id: 'A0SITREP',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1715000000.000300',
      channel_id: channelId,
      is_ephemeral: true,
    },
    trigger_id: '1234.5678.efgh',
    team: { id: TEAM_ID, domain: 'sitrep-test' },
    channel: { id: channelId, name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        action_id: 'sitrep_share',
        block_id: 'share',
        text: { type: 'plain_text', text: 'Share in channel' },
        value,
        type: 'button',
        action_ts: '1715000001.000000',
      },
    ],
  };
}

/** The `block_actions` payload of a click on Helpful (`helpful`) or Not helpful under an answer. */
export function voteClick(answerId: string, helpful: boolean, responseUrl: string, channelId = CHANNEL) {
  const click = shareClick(answerId, responseUrl, channelId);
  return {
    ...click,
    container: { ...click.container, is_ephemeral: false },
    actions: [
      {
        action_id: helpful ? 'sitrep_vote_helpful' : 'sitrep_vote_not_helpful',
        block_id: 'sitrep_feedback',
        text: { type: 'plain_text', text: helpful ? 'Helpful' : 'Not helpful' },
        value: answerId,
        type: 'button',
        action_ts: '1715000002.000000',
      },
    ],
  };
}
