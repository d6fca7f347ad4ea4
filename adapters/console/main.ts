import { createInterface } from 'node:readline';
import type { Bot } from '../../src/bot/bot.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { render } from './render.ts';
import { toRequest } from './to-request.ts';

export interface ConsoleOptions {
  bot: Bot;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Interactive prompt with history and colours; otherwise one answer per input line. */
  interactive?: boolean;
}

const EXIT_WORDS = new Set(['exit', 'quit', ':q']);

/**
 * The console chat. On a TTY: a prompt with history. Otherwise it reads one line at a time,
 * answers each, and resolves at end of input, so `echo "question" | npm start` prints the answer.
 */
export async function runConsole({
  bot,
  input = process.stdin,
  output = process.stdout,
  interactive = false,
}: ConsoleOptions): Promise<void> {
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: 200,
  });
  const write = (text: string) => output.write(`${text}\n`);
  if (interactive) {
    write('Sitrep console. Ask a question, or type `help`. `exit` to leave.');
    lines.setPrompt('sitrep> ');
    lines.prompt();
  }
  for await (const raw of lines) {
    const line = raw.trim();
    if (EXIT_WORDS.has(line.toLowerCase())) break;
    if (line) write(render(await answer(bot, line), { color: interactive }));
    if (interactive) {
      write('');
      lines.prompt();
    }
  }
  lines.close();
}

function answer(bot: Bot, line: string): Promise<Reply> {
  return bot.handle(toRequest(bot, line));
}
