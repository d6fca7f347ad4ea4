// The `sitrep` command with its platform adapters: `sitrep` starts the bot, the rest is the CLI.
import { runCli } from '../src/cli/program.ts';
import { sitrepCli } from './cli-options.ts';

await runCli(sitrepCli);
