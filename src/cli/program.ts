import { Command as Commander, CommanderError, InvalidArgumentError } from 'commander';
import { systemClock } from '../clock.ts';
import { type Config, ConfigError, type LoadOptions, loadConfigWithOverrides } from '../config.ts';
import { createLogger } from '../logger.ts';
import { secretsOf } from '../secrets.ts';
import { registerBriefingCommands } from './briefing-commands.ts';
import { registerIndexCommand } from './index-command.ts';
import { registerSearchCommand } from './search-command.ts';

export interface ProgramOptions {
  /** Starts the long-running bot (adapters are wired outside the core). */
  start(config: Config): Promise<void>;
  /** Adds platform commands such as `discord register`. */
  extend?(program: Commander, config: () => Config): void;
}

/** Shared by every subcommand: `--knowledge DIR` and `--data DIR` override the environment. */
export function configFrom(program: Commander, options?: LoadOptions): Config {
  const { knowledge, data } = program.opts<{ knowledge?: string; data?: string }>();
  return loadConfigWithOverrides({ KNOWLEDGE_DIR: knowledge, DATA_DIR: data }, options);
}

export function createProgram({ start, extend }: ProgramOptions): Commander {
  const program = new Commander('sitrep')
    .description('Sitrep: answers, summaries, quotes and daily briefings from your team’s articles')
    .option('--knowledge <dir>', 'knowledge directory (default knowledge/ or KNOWLEDGE_DIR)')
    .option('--data <dir>', 'data directory for the cache and SQLite state (default data/ or DATA_DIR)')
    .showHelpAfterError()
    .exitOverride()
    .action(async () => start(configFrom(program, { starting: true })));
  const config = () => configFrom(program);
  // One-shot commands print their result on stdout; a "ready" status on the terminal is noise there.
  const logger = () =>
    createLogger({
      level: config().logLevel,
      format: config().logFormat,
      status: false,
      secrets: secretsOf(config()),
    });
  const context = { config, logger, clock: systemClock };
  registerIndexCommand(program, context);
  registerSearchCommand(program, context);
  registerBriefingCommands(program, context);
  extend?.(program, config);
  return program;
}

/** Runs the CLI: exit 0 on success, 2 on a usage error, 1 on failure; errors on stderr. */
export async function runCli(options: ProgramOptions, argv = process.argv): Promise<void> {
  try {
    await createProgram(options).parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof ConfigError || error instanceof InvalidArgumentError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`sitrep: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

export function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}
