import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Interaction,
} from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { Bot, Choice, CommandInfo } from '../../src/bot/bot.ts';
import type { Logger } from '../../src/logger.ts';
import { autocompleteKindOf } from './commands.ts';
import { answerVoteButton } from './feedback-buttons.ts';
import { handleSafely, reportFailure } from './handle-safely.ts';
import { truncate } from './limits.ts';
import { NO_MENTIONS } from './outgoing-message.ts';
import { render } from './render.ts';
import { respondToInteraction } from './respond.ts';
import { slashToRequest } from './to-request.ts';

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export interface InteractionDeps {
  bot: Bot;
  logger: Logger;
  /** `bot.commands()`, read once at startup. */
  commands: CommandInfo[];
}

/** Answers slash commands, autocomplete requests and vote buttons; never rejects (failures are logged). */
export function createInteractionListener(
  deps: InteractionDeps,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isAutocomplete()) await answerAutocomplete(interaction, deps);
    else if (interaction.isChatInputCommand()) await answerSlashCommand(interaction, deps);
    else if (interaction.isButton()) await answerVoteButton(interaction, deps.bot, deps.logger);
  };
}

async function answerSlashCommand(
  interaction: ChatInputCommandInteraction,
  { bot, logger }: InteractionDeps,
) {
  try {
    // Discord allows 3 s for the first response; the answer itself may take longer.
    await interaction.deferReply();
  } catch (error) {
    logger.warn(
      { err: error, command: interaction.commandName },
      'Discord: could not acknowledge a command in time',
    );
    return;
  }
  const reply = await handleSafely(bot, slashToRequest(interaction), logger);
  try {
    await respondToInteraction(interaction, render(reply));
  } catch (error) {
    const failure = reportFailure(logger, error, 'Discord: could not send a reply', {
      command: interaction.commandName,
    });
    await interaction
      .followUp({ content: failure.message, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral })
      .catch((followUpError) =>
        logger.error({ err: followUpError, ref: failure.ref }, 'Discord: could not report it'),
      );
  }
}

async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  { bot, logger, commands }: InteractionDeps,
) {
  try {
    const focused = interaction.options.getFocused(true);
    const kind = autocompleteKindOf(commands, interaction.commandName, focused.name);
    const choices = kind ? bot.complete(kind, String(focused.value), MAX_CHOICES) : [];
    await interaction.respond(toDiscordChoices(choices));
  } catch (error) {
    logger.warn({ err: error, command: interaction.commandName }, 'Discord: autocomplete failed');
  }
}

/**
 * Choices within Discord's limits: names are shortened, but a value (an article id) too long
 * to send intact is left out, since a shortened id would name no article.
 */
function toDiscordChoices(choices: Choice[]): ApplicationCommandOptionChoiceData<string>[] {
  return choices
    .filter((choice) => choice.value.length > 0 && choice.value.length <= MAX_CHOICE_LENGTH)
    .slice(0, MAX_CHOICES)
    .map((choice) => ({
      name: truncate(choice.name || choice.value, MAX_CHOICE_LENGTH),
      value: choice.value,
    }));
}
