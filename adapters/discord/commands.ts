import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandInfo } from '../../src/bot/bot.ts';
import type { CommandArg } from '../../src/commands/command.ts';
import { truncate } from './limits.ts';
import { BOOLEAN_ARGS, COMMAND_LAYOUTS, COMMAND_NAME_ARGS, type CommandLayout } from './slash-layout.ts';

/** @see https://discord.com/developers/docs/interactions/application-commands#application-command-object */
const NAME_PATTERN = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const MAX_DESCRIPTION = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;

export type SlashCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * The bot's command metadata (the same that drives help) as Discord slash-command JSON:
 * one string option per argument, required ones first as Discord demands, autocomplete
 * where the argument asks for it, and the layouts of `slash-layout.ts` (e.g. `/digest`
 * subcommands). Usable in servers and in DMs with the bot.
 * Throws when a name cannot be a Discord command or option name, naming it.
 */
export function toSlashCommands(infos: CommandInfo[]): SlashCommand[] {
  const names = infos.map((info) => info.name);
  return infos.map((info) => ({
    type: ApplicationCommandType.ChatInput,
    name: checkedName(info.name, `command “${info.name}”`),
    description: describe(info.description, info.name),
    options: optionsOf(info, COMMAND_LAYOUTS[info.name], names),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  }));
}

/** Which knowledge-base completion an option asks for, if any. */
export function autocompleteKindOf(
  infos: CommandInfo[],
  command: string,
  option: string,
): CommandArg['autocomplete'] {
  return infos.find((info) => info.name === command)?.args.find((arg) => arg.name === option)?.autocomplete;
}

function optionsOf(
  info: CommandInfo,
  layout: CommandLayout | undefined,
  commandNames: string[],
): APIApplicationCommandOption[] {
  if (!layout) return basicOptions(info, info.args, commandNames);
  return layout.subcommands.map((subcommand) => ({
    type: ApplicationCommandOptionType.Subcommand,
    name: checkedName(subcommand.name, `subcommand “${info.name} ${subcommand.name}”`),
    description: describe(subcommand.description, subcommand.name),
    options: basicOptions(
      info,
      info.args.filter((arg) => subcommand.options.includes(arg.name)),
      commandNames,
    ),
  }));
}

function basicOptions(
  info: CommandInfo,
  args: CommandArg[],
  commandNames: string[],
): APIApplicationCommandBasicOption[] {
  // Discord rejects a required option after an optional one; the sort is stable.
  const ordered = [...args].sort((a, b) => Number(b.required) - Number(a.required));
  return ordered.slice(0, MAX_OPTIONS).map((arg) => basicOption(info.name, arg, commandNames));
}

function basicOption(
  command: string,
  arg: CommandArg,
  commandNames: string[],
): APIApplicationCommandBasicOption {
  const common = {
    name: checkedName(arg.name, `option “${arg.name}” of “${command}”`),
    description: describe(arg.description, arg.name),
    required: arg.required,
  };
  if (BOOLEAN_ARGS[command]?.includes(arg.name)) {
    return { ...common, type: ApplicationCommandOptionType.Boolean };
  }
  if (COMMAND_NAME_ARGS[command]?.includes(arg.name)) {
    const choices = commandNames.slice(0, MAX_CHOICES).map((name) => ({ name, value: name }));
    return { ...common, type: ApplicationCommandOptionType.String, choices };
  }
  return arg.autocomplete
    ? { ...common, type: ApplicationCommandOptionType.String, autocomplete: true }
    : { ...common, type: ApplicationCommandOptionType.String };
}

function checkedName(name: string, what: string): string {
  if (!NAME_PATTERN.test(name)) {
    throw new Error(
      `The ${what} cannot be a Discord slash-command name: use 1-32 lowercase letters, digits, "-" or "_".`,
    );
  }
  return name;
}

function describe(description: string, fallback: string): string {
  return truncate(description.trim() || fallback, MAX_DESCRIPTION);
}
