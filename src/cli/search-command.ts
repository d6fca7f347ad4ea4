import type { Command as Commander } from 'commander';
import { renderText } from '../replies/render-text.ts';
import { type CliContext, cliChannel, cliUser, printJson, withCore } from './cli-context.ts';
import { readJsonLineRequests } from './json-lines.ts';
import { toContractJson } from './json-shapes.ts';
import { positiveInt } from './program.ts';

interface SearchOptions {
  limit?: number;
  json?: boolean;
  jsonl?: boolean;
}

/** `sitrep search "QUERY" [--limit N] [--json]` and `sitrep search --jsonl` (stdin {"id","query"}). */
export function registerSearchCommand(program: Commander, context: CliContext): void {
  program
    .command('search')
    .description('ranked articles with snippets')
    .argument('[query...]', 'words to look for')
    .option('--limit <n>', 'how many results', positiveInt)
    .option('--json', 'print the result as JSON')
    .option('--jsonl', 'read {"id","query"} lines on stdin, print one result a line')
    .action(async (words: string[], options: SearchOptions) => {
      await withCore(context, async ({ bot }) => {
        const search = (query: string) =>
          bot.handle({
            command: 'search',
            args: { query, limit: String(options.limit ?? 10) },
            channel: cliChannel,
            user: cliUser,
          });
        if (options.jsonl) {
          for await (const request of readJsonLineRequests('query')) {
            if ('error' in request) printJson(request);
            else printJson(toContractJson(await search(request.text), request.id));
          }
          return;
        }
        const reply = await search(words.join(' '));
        if (options.json) printJson(toContractJson(reply));
        else process.stdout.write(`${renderText(reply)}\n`);
        if (reply.kind === 'error') process.exitCode = 1;
      });
    });
}
