import { type Client, DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { DeliveryError, type DeliveryReceipt } from '../../src/bot/deliver.ts';
import type { ChannelRef } from '../../src/bot/request.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { DeliveryMeta } from '../../src/scheduler/types.ts';
import { failureOfHttpStatus } from '../shared/http-failure.ts';
import { briefingMarker, markFirstMessage } from './briefing-marker.ts';
import { deliveryNonce } from './delivery-nonce.ts';
import { render } from './render.ts';

/** A `Deliver` that also takes the scheduler's idempotency key (fits `ScheduledDeliver`). */
export type DiscordDeliver = (
  channel: ChannelRef,
  reply: Reply,
  meta?: DeliveryMeta,
) => Promise<DeliveryReceipt>;

/**
 * Posts replies into Discord channels unprompted (scheduled briefings): `channel.send`, one
 * message per rendered part, nobody pinged. Failures become `DeliveryError`s:
 * Unknown Channel → `gone`; Missing Access / Missing Permissions → `forbidden`;
 * 5xx, rate limits and network errors → `transient`; any other refusal → `forbidden`, so it
 * is reported in the status and tried again the next day rather than hammered.
 * A failure part-way through a multi-message reply leaves the parts already posted.
 * With `meta`, the first message's footer ends with the key's marker (see `briefingMarker`),
 * which `findDelivery` looks for after a crash, and every part carries a nonce derived from the
 * key with `enforce_nonce`, so a post whose answer was lost is never made twice. The client
 * does not retry on its own (see `createClient`): a lost answer becomes a transient failure
 * that the scheduler retries with the same nonce.
 */
export function createDeliver(client: Client): DiscordDeliver {
  return async (channel, reply, meta) => {
    const target = await sendableChannel(client, channel);
    const rendered = render(reply);
    const messages = meta
      ? markFirstMessage(rendered, briefingMarker(channel.id, meta.idempotencyKey))
      : rendered;
    const messageIds: string[] = [];
    for (const [index, message] of messages.entries()) {
      try {
        const sent = await target.send({
          embeds: message.embeds,
          allowedMentions: message.allowedMentions,
          // A resend of the same run returns the message already made instead of a second one.
          ...(meta ? { nonce: deliveryNonce(meta.idempotencyKey, index), enforceNonce: true } : {}),
        });
        messageIds.push(sent.id);
      } catch (error) {
        throw toDeliveryError(error, channel);
      }
    }
    return { messageIds };
  };
}

/** The Discord channel `ref` names, able to hold messages; throws `DeliveryError`. */
export async function sendableChannel(client: Client, ref: ChannelRef) {
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
  if (error instanceof DeliveryError) return error;
  const where = `Discord channel ${channel.id}`;
  if (error instanceof DiscordAPIError) {
    const detail = `${error.message} (code ${error.code}, HTTP ${error.status})`;
    const failure =
      error.code === RESTJSONErrorCodes.UnknownChannel ? 'gone' : failureOfHttpStatus(error.status);
    return new DeliveryError(failure, `${where}: ${detail}`);
  }
  if (error instanceof HTTPError) {
    return new DeliveryError(
      failureOfHttpStatus(error.status),
      `${where}: HTTP ${error.status} ${error.message}`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError('transient', `${where}: ${message}`);
}
