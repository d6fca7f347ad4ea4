import {
  type ChatInputCommandInteraction,
  DiscordAPIError,
  HTTPError,
  type Message,
  MessageFlags,
  RESTJSONErrorCodes,
} from 'discord.js';
import type { OutgoingMessage } from './outgoing-message.ts';

/**
 * Answers a deferred slash command: the first message replaces the "thinking…" response
 * (`editReply`) and the rest follow it. An ephemeral reply cannot replace a public
 * deferral, so the deferral is deleted and the messages follow as ephemeral ones.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages
 */
export async function respondToInteraction(
  interaction: ChatInputCommandInteraction,
  messages: OutgoingMessage[],
): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  if (first.ephemeral) {
    await interaction.deleteReply();
    for (const message of messages) await interaction.followUp(followUpPayload(message));
    return;
  }
  // Editing the original response is idempotent, so a server error is tried once more; follow-ups
  // are new messages and are not (a lost answer could have posted one already).
  await onceMoreOnServerError(() => interaction.editReply(messagePayload(first)));
  for (const message of rest) await interaction.followUp(followUpPayload(message));
}

/**
 * Answers a message in its channel: the first message as a reply to it, the rest after it.
 * Where the bot may post but not read the history a reply quotes, it posts without quoting.
 */
export async function respondToMessage(message: Message, messages: OutgoingMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  const channel = message.channel;
  try {
    await message.reply(messagePayload(first));
  } catch (error) {
    if (!isReplyRefused(error) || !channel.isSendable()) throw error;
    await channel.send(messagePayload(first));
  }
  if (!channel.isSendable()) return;
  for (const next of rest) await channel.send(messagePayload(next));
}

async function onceMoreOnServerError<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!isServerError(error)) throw error;
    return action();
  }
}

function isServerError(error: unknown): boolean {
  return (error instanceof DiscordAPIError || error instanceof HTTPError) && error.status >= 500;
}

function isReplyRefused(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    error.code === RESTJSONErrorCodes.CannotReplyWithoutPermissionToReadMessageHistory
  );
}

function followUpPayload(message: OutgoingMessage) {
  return {
    ...messagePayload(message),
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

function messagePayload(message: OutgoingMessage) {
  return {
    embeds: message.embeds,
    allowedMentions: message.allowedMentions,
    ...(message.components ? { components: message.components } : {}),
  };
}
