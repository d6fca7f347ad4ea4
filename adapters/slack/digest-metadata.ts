import type { webApi } from '@slack/bolt';

type MessageMetadata = NonNullable<webApi.ChatPostMessageArguments['metadata']>;
type HistoryMessage = NonNullable<webApi.ConversationsHistoryResponse['messages']>[number];

/** The metadata event type Sitrep tags its scheduled briefings with. */
export const DIGEST_EVENT_TYPE = 'sitrep_digest';

/**
 * Message metadata carrying a briefing's idempotency key (`platform:channel:YYYY-MM-DD`), so
 * the post can be found again after a restart.
 * @see https://docs.slack.dev/messaging/message-metadata
 */
export function digestMetadata(idempotencyKey: string): MessageMetadata {
  return { event_type: DIGEST_EVENT_TYPE, event_payload: { key: idempotencyKey } };
}

/** The idempotency key a message carries, when it is a briefing tagged by `digestMetadata`. */
export function digestKeyOf(message: HistoryMessage): string | undefined {
  if (message.metadata?.event_type !== DIGEST_EVENT_TYPE) return undefined;
  const key = (message.metadata.event_payload as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? key : undefined;
}
