import type { APIEmbed } from 'discord.js';
import { commandAs } from '../../../src/bot/command-syntax.ts';
import type { CommandHelp, HelpReply } from '../../../src/replies/reply.ts';
import { COLORS } from '../colors.ts';
import { LIMITS } from '../limits.ts';

const HOW_TO =
  'Type `/` and pick a Sitrep command, or mention me with a question: `@Sitrep where was the symposium held?`';

/** The command list, or one command with its examples when help was asked for it. */
export function helpEmbed(reply: HelpReply): APIEmbed {
  if (reply.command) return commandEmbed(reply.command);
  const shown = reply.commands.slice(0, LIMITS.fields);
  return {
    color: COLORS.notice,
    title: 'Sitrep commands',
    description: HOW_TO,
    fields: shown.map((command) => ({
      name: commandAs('discord', command.name),
      value: command.description || '—',
    })),
    footer: { text: 'Details: /help command:<name>' },
  };
}

function commandEmbed(command: CommandHelp): APIEmbed {
  const examples = command.examples.map((example) => `\`${example.replaceAll('`', "'")}\``);
  return {
    color: COLORS.notice,
    title: commandAs('discord', command.name),
    description: command.description,
    fields: [
      { name: 'Usage as text', value: `\`${command.usage.replaceAll('`', "'")}\`` },
      ...(examples.length > 0 ? [{ name: 'Examples', value: examples.join('\n') }] : []),
    ],
  };
}
