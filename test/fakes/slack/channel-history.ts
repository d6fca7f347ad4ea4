/** A message as conversations.history returns it. */
export interface HistoryMessage {
  type: 'message';
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  /** Set on thread replies, which conversations.history leaves out. */
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** The fake Slack's channels: each one's messages, oldest first. */
export class ChannelHistory {
  private readonly channels = new Map<string, HistoryMessage[]>();

  append(channel: string, message: HistoryMessage): HistoryMessage {
    this.channels.set(channel, [...this.of(channel), message]);
    return message;
  }

  of(channel: string): HistoryMessage[] {
    return this.channels.get(channel) ?? [];
  }

  /**
   * What conversations.history answers: top-level messages, newest first, `limit` of them
   * (default 100), with their metadata only when `include_all_metadata` is true.
   */
  read(params: Record<string, unknown>): { messages: HistoryMessage[]; has_more: boolean } {
    const limit = Number(params['limit'] ?? 100);
    const withMetadata = String(params['include_all_metadata']) === 'true';
    const messages = [...this.of(String(params['channel']))]
      .reverse()
      .filter((message) => !message.thread_ts)
      .slice(0, limit)
      .map(({ metadata, ...message }) => (withMetadata && metadata ? { ...message, metadata } : message));
    return { messages, has_more: false };
  }
}
