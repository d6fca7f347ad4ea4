import { type Client, type Message, PermissionFlagsBits, type SendableChannels } from 'discord.js';
import { DeliveryError } from '../../src/bot/deliver.ts';
import type { ChannelRef } from '../../src/bot/request.ts';
import type { FindDelivery } from '../../src/scheduler/types.ts';
import { briefingMarker, carriesMarker } from './briefing-marker.ts';
import { sendableChannel, toDeliveryError } from './deliver.ts';

/** How far back a lookup reads: a crash is recovered minutes after the post, not days. */
export const RECENT_MESSAGES = 50;

const READS_HISTORY = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ReadMessageHistory;

/**
 * Finds a scheduled post again after a crash: among the channel's 50 most recent messages,
 * the newest one by this bot whose embed footer carries the key's marker (see
 * `markFirstMessage`). Resolves undefined when there is none; throws a `DeliveryError`
 * classified as `deliver` does, and `forbidden` when the bot may not read the history.
 */
export function createFindDelivery(client: Client): FindDelivery {
  return async (channel, idempotencyKey) => {
    const target = await sendableChannel(client, channel);
    const marker = briefingMarker(channel.id, idempotencyKey);
    try {
      await ensureReadsHistory(target, channel);
      const recent = await target.messages.fetch({ limit: RECENT_MESSAGES, cache: false });
      const found = recent.find((message) => isMarkedByBot(message, client, marker));
      return found ? { messageIds: [found.id] } : undefined;
    } catch (error) {
      throw toDeliveryError(error, channel);
    }
  };
}

/**
 * Without Read Message History Discord answers an empty list, not an error: that would read
 * as "not posted" and post the briefing a second time.
 */
async function ensureReadsHistory(channel: SendableChannels, ref: ChannelRef): Promise<void> {
  if (channel.isDMBased()) return;
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  if (channel.permissionsFor(me).has(READS_HISTORY)) return;
  throw new DeliveryError(
    'forbidden',
    `Discord channel ${ref.id}: Sitrep may not read its message history, so it cannot tell whether the briefing was posted. Give it Read Message History there.`,
  );
}

function isMarkedByBot(message: Message, client: Client, marker: string): boolean {
  return (
    message.author.id === client.user?.id &&
    message.embeds.some((embed) => carriesMarker(embed.footer?.text, marker))
  );
}
