import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type ButtonInteraction,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import type { Bot } from '../../src/bot/bot.ts';
import type { Logger } from '../../src/logger.ts';
import { renderText } from '../../src/replies/render-text.ts';
import { handleSafely } from './handle-safely.ts';
import { truncate } from './limits.ts';
import { NO_MENTIONS, type OutgoingMessage } from './outgoing-message.ts';
import { buttonToRequest } from './to-request.ts';

/** `sitrep:vote:up:<answer id>`; Discord allows 100 characters in a custom id. */
const PREFIX = 'sitrep:vote:';
const MAX_CONTENT = 2_000;

/** Helpful / Not helpful under the last message of an answer, when the answer was recorded. */
export function withFeedbackButtons(
  messages: OutgoingMessage[],
  answerId: string | undefined,
): OutgoingMessage[] {
  if (!answerId || messages.length === 0) return messages;
  const last = messages.length - 1;
  return messages.map((message, i) =>
    i === last ? { ...message, components: [feedbackRow(answerId)] } : message,
  );
}

function feedbackRow(answerId: string): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `${PREFIX}up:${answerId}`,
        label: 'Helpful',
        emoji: { name: '👍' },
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `${PREFIX}down:${answerId}`,
        label: 'Not helpful',
        emoji: { name: '👎' },
      },
    ],
  };
}

/** The vote a button's custom id carries, or undefined for buttons that are not Sitrep's votes. */
export function voteOf(customId: string): { helpful: boolean; answerId: string } | undefined {
  const match = /^sitrep:vote:(up|down):(.+)$/.exec(customId);
  return match?.[1] && match[2] ? { helpful: match[1] === 'up', answerId: match[2] } : undefined;
}

/** Records the click through the core's `vote` command and confirms it to the voter alone. */
export async function answerVoteButton(
  interaction: ButtonInteraction,
  bot: Bot,
  logger: Logger,
): Promise<void> {
  const vote = voteOf(interaction.customId);
  if (!vote) return;
  const reply = await handleSafely(bot, buttonToRequest(interaction, vote), logger);
  try {
    await interaction.reply({
      content: truncate(renderText(reply), MAX_CONTENT),
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    });
  } catch (error) {
    logger.warn({ err: error }, 'Discord: could not confirm a vote');
  }
}
