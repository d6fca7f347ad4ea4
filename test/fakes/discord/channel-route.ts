import type { CannedResponse } from './fake-rest.ts';
import type { MessageLog } from './message-log.ts';
import { dmChannel, guildChannels, postedMessage, READ_MESSAGE_HISTORY } from './payloads.ts';

export interface ChannelRequest {
  method: string;
  channelId: string;
  /** The path segment after the channel id, if any: `messages`, `typing`. */
  rest: string | undefined;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

/** `/channels/{id}…`: the channel itself, typing, and its messages (posted and read back). */
export function channelRoute(
  { method, channelId, rest, query, body }: ChannelRequest,
  messages: MessageLog,
): CannedResponse {
  const known = [...guildChannels, dmChannel].find((channel) => channel.id === channelId);
  if (!known) return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
  if (method === 'GET' && rest === undefined) return { status: 200, body: known };
  if (method === 'POST' && rest === 'typing') return { status: 204 };
  if (method === 'POST' && rest === 'messages') {
    // As Discord does with enforce_nonce: the same nonce again returns the first message.
    const nonce =
      typeof body.nonce === 'string' || typeof body.nonce === 'number' ? String(body.nonce) : undefined;
    const earlier = nonce && body.enforce_nonce === true ? messages.withNonce(channelId, nonce) : undefined;
    if (earlier) return { status: 200, body: earlier };
    return { status: 200, body: messages.add(postedMessage(channelId, body, nonce ? { nonce } : {})) };
  }
  if (method === 'GET' && rest === 'messages') {
    // As Discord does: without Read Message History the answer is empty, not an error.
    const overwrites = 'permission_overwrites' in known ? known.permission_overwrites : [];
    if (!canReadHistory(overwrites)) return { status: 200, body: [] };
    return { status: 200, body: messages.recent(channelId, Number(query.get('limit') ?? 50)) };
  }
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}

function canReadHistory(overwrites: Array<{ deny: string }>): boolean {
  return overwrites.every((overwrite) => (BigInt(overwrite.deny) & READ_MESSAGE_HISTORY) === 0n);
}
