// The `sitrep` command with its platform adapters: `sitrep` starts the bot, the rest is the CLI.
import { runCli } from '../src/cli/program.ts';
import { registerDiscordCli } from './discord/cli.ts';
import { startSitrep } from './start.ts';

await runCli({ start: startSitrep, extend: registerDiscordCli });
