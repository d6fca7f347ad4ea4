import type { ProgramOptions } from '../src/cli/program.ts';
import { registerDiscordCli } from './discord/cli.ts';
import { registerDoctorCli } from './doctor/doctor-command.ts';
import { startSitrep } from './start.ts';

/** The whole `sitrep` command: the core CLI plus the platform commands. The doc examples run it in-process. */
export const sitrepCli: ProgramOptions = {
  start: startSitrep,
  extend: (program, config) => {
    registerDiscordCli(program, config);
    registerDoctorCli(program, config);
  },
};
