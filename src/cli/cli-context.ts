import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { type Core, openCore } from '../runtime/open-core.ts';
import { progressBar } from './progress-bar.ts';

export interface CliContext {
  config(): Config;
  logger(): Logger;
  clock: Clock;
}

/** Opens the core for one CLI run, and always closes it. */
export async function withCore<T>(context: CliContext, run: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCore(context.config(), {
    clock: context.clock,
    logger: context.logger(),
    onProgress: progressBar(),
  });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}

export const cliChannel = { platform: 'cli', id: 'cli' } as const;
export const cliUser = { id: 'cli', canManageChannel: true } as const;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
