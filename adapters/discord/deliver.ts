import { type Client, DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { type Deliver, DeliveryError } from '../../src/bot/deliver.ts';
import type { ChannelRef } from '../../src/bot/request.ts';
import { render } from './render.ts';

/**
 * Posts replies into Discord channels unprompted (scheduled briefings): `channel.send`, one
 * message per rendered part, nobody pinged. Failures become `DeliveryError`s:
 * Unknown Channel → `gone`; Missing Access / Missing Permissions → `forbidden`;
 * 5xx, rate limits and network errors → `transient`; any other refusal → `forbidden`, so it
 * is reported in the status and tried again the next day rather than hammered.
 * A failure part-way through a multi-message reply leaves the parts already posted.
 */
export function createDeliver(client: Client): Deliver {
  return async (channel, reply) => {
    const target = await sendableChannel(client, channel);
    const messageIds: string[] = [];
    for (const message of render(reply)) {
      try {
        const sent = await target.send({ embeds: message.embeds, allowedMentions: message.allowedMentions });
        messageIds.push(sent.id);
      } catch (error) {
        throw toDeliveryError(error, channel);
      }
    }
    return { messageIds };
  };
}

async function sendableChannel(client: Client, ref: ChannelRef) {
  if (ref.platform !== 'discord') {
    throw new DeliveryError('gone', `Channel ${ref.id} is on ${ref.platform}, not Discord.`);
  }
  let channel: Awaited<ReturnType<Client['channels']['fetch']>>;
  try {
    channel = await client.channels.fetch(ref.id);
  } catch (error) {
    throw toDeliveryError(error, ref);
  }
  if (!channel?.isSendable()) {
    throw new DeliveryError('gone', `Discord channel ${ref.id} does not exist or cannot hold messages.`);
  }
  return channel;
}

/** Maps what discord.js throws to what the scheduler acts on. */
export function toDeliveryError(error: unknown, channel: Pick<ChannelRef, 'id'>): DeliveryError {
  const where = `Discord channel ${channel.id}`;
  if (error instanceof DiscordAPIError) {
    const detail = `${error.message} (code ${error.code}, HTTP ${error.status})`;
    if (error.code === RESTJSONErrorCodes.UnknownChannel)
      return new DeliveryError('gone', `${where}: ${detail}`);
    if (error.status >= 500 || error.status === 429)
      return new DeliveryError('transient', `${where}: ${detail}`);
    return new DeliveryError('forbidden', `${where}: ${detail}`);
  }
  if (error instanceof HTTPError) {
    const failure = error.status >= 500 || error.status === 429 ? 'transient' : 'forbidden';
    return new DeliveryError(failure, `${where}: HTTP ${error.status} ${error.message}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError('transient', `${where}: ${message}`);
}
