/** A message as the fake stores it: the REST shape, with the fields lookups read. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  author: { id: string };
  [field: string]: unknown;
}

/**
 * What each fake channel holds: the messages posted to it (and any a test adds), served by
 * `GET /channels/{id}/messages` newest first, as Discord does. It lives in the fake REST
 * server, so a new client over the same fake (a restart) sees what an earlier one posted.
 */
export class MessageLog {
  private readonly byChannel = new Map<string, StoredMessage[]>();

  add(message: StoredMessage): StoredMessage {
    const messages = this.byChannel.get(message.channel_id) ?? [];
    messages.push(message);
    this.byChannel.set(message.channel_id, messages);
    return message;
  }

  /** The channel's message made with `nonce`, as Discord finds it for `enforce_nonce`. */
  withNonce(channelId: string, nonce: string): StoredMessage | undefined {
    return this.byChannel.get(channelId)?.find((message) => message.nonce === nonce);
  }

  /** How many messages the channel holds. */
  count(channelId: string): number {
    return this.byChannel.get(channelId)?.length ?? 0;
  }

  /** The newest `limit` messages of the channel, newest first (Discord's default limit is 50). */
  recent(channelId: string, limit = 50): StoredMessage[] {
    return [...(this.byChannel.get(channelId) ?? [])].reverse().slice(0, limit);
  }
}
