import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { fitEmbed, packEmbeds } from './limits.ts';

/** Nobody is pinged by anything Sitrep posts: not users, roles, @everyone, nor the replied-to user. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false });

/** One Discord message, ready for `editReply`, `followUp`, `message.reply` or `channel.send`. */
export interface OutgoingMessage {
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
  /** Only the asker sees it; honoured for interaction replies, meaningless in a channel post. */
  ephemeral: boolean;
  /** Buttons under the message (Helpful / Not helpful under an answer). */
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** Fits each embed to its limits, then packs them into as few messages as the limits allow. */
export function toMessages(embeds: APIEmbed[], { ephemeral = false } = {}): OutgoingMessage[] {
  return packEmbeds(embeds.map(fitEmbed)).map((group) => ({
    embeds: group,
    allowedMentions: NO_MENTIONS,
    ephemeral,
  }));
}
