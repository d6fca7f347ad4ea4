import type { Command } from '../commands/command.ts';
import type { Registry } from '../commands/registry.ts';
import type { CommandRequest } from './request.ts';
import { tokenize } from './tokenize.ts';

type Parsed = Pick<CommandRequest, 'command' | 'args'>;

/** Question words that start a question, never a mistyped command. */
const QUESTION_START =
  /^(who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|can|could|will|has|have)\b/i;

/**
 * Typed text → command. "summarize Partners to Win" runs summarize; "quote space is hard
 * --speaker James" runs quote with a speaker; anything that names no command is a question.
 * A near miss of a command name ("summarise" is an alias, "serch" is not) is kept as the
 * unknown command so the bot can answer "did you mean search?".
 */
export function parseText(text: string, registry: Registry): Parsed {
  const trimmed = text.trim().replace(/^[/!]/, '');
  // `+1` / `-1` right after an answer is a vote on it.
  if (/^[+-]1$/.test(trimmed)) return { command: 'vote', args: { value: trimmed } };
  const [first = '', ...restWords] = trimmed.split(/\s+/);
  const rest = trimmed.slice(first.length).trim();
  const command = registry.resolve(first);
  if (command) return { command: command.name, args: parseArgs(command, rest) };
  const looksMistyped = restWords.length <= 4 && !QUESTION_START.test(first) && !trimmed.endsWith('?');
  if (first.length >= 4 && looksMistyped && registry.suggest(first).length > 0) {
    return { command: first.toLowerCase(), args: {} };
  }
  return { command: 'ask', args: { question: trimmed } };
}

/** Fills the command's arguments: `--name value` flags first, then positional words in order. */
export function parseArgs(command: Pick<Command, 'args'>, text: string): Record<string, string | undefined> {
  const { words, flags } = tokenize(text);
  const args: Record<string, string | undefined> = {};
  const names = new Set(command.args.map((arg) => arg.name));
  for (const [name, value] of Object.entries(flags)) {
    if (names.has(name)) args[name] = value;
  }
  const positional = command.args.filter(
    (arg) => args[arg.name] === undefined && (arg.rest || arg === command.args[0]),
  );
  let index = 0;
  for (const arg of positional) {
    if (index >= words.length) break;
    if (arg.rest) {
      args[arg.name] = words.slice(index).join(' ');
      index = words.length;
    } else {
      args[arg.name] = words[index++];
    }
  }
  return args;
}
