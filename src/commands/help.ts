import type { TypedCommand } from '../bot/command-syntax.ts';
import { parseArgs } from '../bot/parse-text.ts';
import type { CommandHelp } from '../replies/reply.ts';
import { echo } from '../text/echo.ts';
import type { Command, CommandArg } from './command.ts';
import { UserError } from './command.ts';

/** Usage line generated from the metadata, e.g. `quote [query…] [--speaker SPEAKER]`. */
export function usageOf(command: Pick<Command, 'name' | 'args'>): string {
  const parts = command.args.map((arg: CommandArg, index) => {
    const shown =
      arg.rest || index === 0
        ? `${arg.name}${arg.rest ? '…' : ''}`
        : `--${arg.name} ${arg.name.toUpperCase()}`;
    return arg.required ? shown.toUpperCase() : `[${shown}]`;
  });
  return [command.name, ...parts].join(' ');
}

/** The same usage in Discord's slash form, options by name: `summarize article:ARTICLE [sentences:SENTENCES]`. */
export function slashUsageOf(command: Pick<Command, 'name' | 'args'>): string {
  const parts = command.args.map((arg) => {
    const shown = `${arg.name}:${arg.name.toUpperCase()}`;
    return arg.required ? shown : `[${shown}]`;
  });
  return [command.name, ...parts].join(' ');
}

/**
 * A typed example (`summarize Partners to Win --sentences 2`) with its Discord slash form
 * (`summarize article:Partners to Win sentences:2`), read with the same parser as typed text.
 */
export function typedExample(command: Pick<Command, 'name' | 'args'>, example: string): TypedCommand {
  const args = parseArgs(command, example.slice(command.name.length));
  const options = command.args
    .filter((arg) => args[arg.name] !== undefined)
    .map((arg) => `${arg.name}:${args[arg.name]}`);
  return { text: example, discord: [command.name, ...options].join(' ') };
}

export function helpOf(command: Command<never>): CommandHelp {
  return {
    name: command.name,
    description: command.description,
    usage: usageOf(command),
    examples: command.examples,
  };
}

/** `help` is built over the registry it describes, so it can never fall out of date. */
export function createHelpCommand(list: () => Array<Command<never>>): Command<unknown> {
  return {
    name: 'help',
    description: 'List the commands, or explain one',
    args: [{ name: 'command', description: 'A command name', required: false }],
    examples: ['help', 'help quote'],
    run({ command: name }) {
      const commands = list().filter((command) => !command.hidden);
      const all = commands.map(helpOf);
      if (!name) return { kind: 'help', commands: all };
      const found = all.find((entry) => entry.name === name.trim().toLowerCase());
      if (!found) {
        throw new UserError(
          'help.unknownCommand',
          `There is no command “${echo(name, 40)}”.`,
          all.map((entry) => entry.name),
        );
      }
      return { kind: 'help', commands: all, command: found };
    },
  };
}
