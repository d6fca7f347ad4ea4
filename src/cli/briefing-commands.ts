import type { Command as Commander } from 'commander';
import { toView } from '../commands/quote.ts';
import { summarizeArticle } from '../summarize/summarize-article.ts';
import { type CliContext, cliChannel, cliUser, printJson, withCore } from './cli-context.ts';
import { readJsonLineRequests } from './json-lines.ts';
import { toContractJson } from './json-shapes.ts';
import { positiveInt } from './program.ts';
import { printReply } from './run-reply.ts';

type Args = Record<string, string | undefined>;

/** `sitrep ask | summarize | quote | digest`, single and batch forms, per the CLI contract. */
export function registerBriefingCommands(program: Commander, context: CliContext): void {
  const run = (command: string, args: Args, json?: boolean) =>
    withCore(context, async ({ bot }) =>
      printReply(await bot.handle({ command, args, channel: cliChannel, user: cliUser }), json),
    );

  program
    .command('ask')
    .description('answer a question with the sentence that answers and its sources')
    .argument('[question...]')
    .option('--json', 'print the answer as JSON')
    .option('--jsonl', 'read {"id","question"} lines on stdin, print one answer a line')
    .action(async (words: string[], options: { json?: boolean; jsonl?: boolean }) => {
      if (!options.jsonl) return run('ask', { question: words.join(' ') }, options.json);
      await withCore(context, async ({ bot }) => {
        for await (const request of readJsonLineRequests('question')) {
          if ('error' in request) {
            printJson(request);
            continue;
          }
          const reply = await bot.handle({
            command: 'ask',
            args: { question: request.text },
            channel: cliChannel,
            user: cliUser,
          });
          printJson(toContractJson(reply, request.id));
        }
      });
    });

  program
    .command('summarize')
    .description('summarize an article (id, title or URL) in N of its own sentences')
    .argument('[article...]')
    .option('--sentences <n>', 'how many sentences (default 3)', positiveInt)
    .option('--json', 'print the summary as JSON')
    .option('--all', 'every article')
    .option('--jsonl', 'with --all: one summary a line')
    .action(
      async (
        words: string[],
        options: { sentences?: number; json?: boolean; all?: boolean; jsonl?: boolean },
      ) => {
        if (!options.all)
          return run(
            'summarize',
            { article: words.join(' '), sentences: options.sentences?.toString() },
            options.json,
          );
        await withCore(context, async ({ knowledge }) => {
          for (const item of knowledge.articles()) {
            printJson(toContractJson(summarizeArticle(item, { sentences: options.sentences ?? 3 })));
          }
        });
      },
    );

  program
    .command('quote')
    .description('find who said what, verbatim')
    .argument('[query...]')
    .option('--speaker <name>', 'only quotes by this speaker')
    .option('--json', 'print {"query","quotes"} as JSON')
    .option('--all', 'every extracted quote')
    .option('--jsonl', 'with --all: one quote a line')
    .action(
      async (
        words: string[],
        options: { speaker?: string; json?: boolean; all?: boolean; jsonl?: boolean },
      ) => {
        if (!options.all)
          return run(
            'quote',
            { query: words.join(' ') || undefined, speaker: options.speaker },
            options.json,
          );
        await withCore(context, async ({ knowledge }) => {
          for (const quote of knowledge.quotes()) printJson(toView(knowledge, quote));
        });
      },
    );

  program
    .command('digest')
    .description('the digest as it would be posted')
    .option('--since <iso>', 'start of the window (ISO date/time, or 24h, 7d; default 24h before --until)')
    .option('--until <iso>', 'end of the window (default now)')
    .option('--json', 'print the digest as JSON')
    .action((options: { since?: string; until?: string; json?: boolean }) =>
      run('digest', { action: 'show', since: options.since, until: options.until }, options.json),
    );
}
