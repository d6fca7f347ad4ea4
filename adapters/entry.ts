// The `sitrep` command with its platform adapters: `sitrep` starts the bot, the rest is the CLI.
import { runCli } from '../src/cli/program.ts';
import { registerDiscordCli } from './discord/cli.ts';
import { registerDoctorCli } from './doctor/doctor-command.ts';
import { startSitrep } from './start.ts';

await runCli({
  start: startSitrep,
  extend: (program, config) => {
    registerDiscordCli(program, config);
    registerDoctorCli(program, config);
  },
});
