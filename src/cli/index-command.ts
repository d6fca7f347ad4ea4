import type { Command as Commander } from 'commander';
import { countPassages } from '../analysis/types.ts';
import { plural } from '../text/plural.ts';
import { type CliContext, printJson, withCore } from './cli-context.ts';

interface IndexOptions {
  stats?: boolean;
  json?: boolean;
  strict?: boolean;
}

/** `sitrep index`: build or refresh the cache, then report counts and every skipped file. */
export function registerIndexCommand(program: Commander, context: CliContext): void {
  program
    .command('index')
    .description('build or refresh the index; print counts and every skipped file with the reason')
    .option('--stats', 'print counts and skipped files')
    .option('--json', 'print {"articles","passages","quotes","skipped"} as JSON')
    .option('--strict', 'exit 1 when any file was skipped')
    .action(async (options: IndexOptions) => {
      await withCore(context, async ({ knowledge }) => {
        const items = knowledge.articles();
        const report = {
          articles: items.length,
          passages: items.reduce((sum, item) => sum + countPassages(item), 0),
          quotes: items.reduce((sum, item) => sum + item.quotes.length, 0),
          skipped: knowledge.skipped(),
        };
        if (options.json) printJson(report);
        else printSummary(report, options.stats === true);
        if (options.strict && report.skipped.length > 0) process.exitCode = 1;
      });
    });
}

function printSummary(
  report: {
    articles: number;
    passages: number;
    quotes: number;
    skipped: Array<{ file: string; reason: string }>;
  },
  detailed: boolean,
): void {
  const lines = [
    `Indexed ${plural(report.articles, 'article')}: ${plural(report.passages, 'passage')}, ${plural(report.quotes, 'quote')}.`,
  ];
  if (report.skipped.length > 0) {
    lines.push(
      `Skipped ${plural(report.skipped.length, 'file')}${detailed ? ':' : ' (use --stats to list them).'}`,
    );
    if (detailed) lines.push(...report.skipped.map((s) => `  ${s.file}: ${s.reason}`));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
