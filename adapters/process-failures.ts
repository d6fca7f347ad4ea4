import type { Logger } from '../src/logger.ts';

/** The part of `process` this needs; tests pass an EventEmitter. */
export interface FailureSource {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Failures nobody caught, logged like every other error (message and code, no stack: Node's
 * default prints the stack to stderr) for the running bot:
 * - a rejected promise nobody awaited (a typing indicator, a library's background call) is
 *   logged and the bot carries on answering;
 * - a thrown exception nobody caught leaves the process in an unknown state: it is logged and
 *   the process exits with code 1, for the service manager to restart it; briefings claimed and
 *   not confirmed are resolved by the next start.
 */
export function logUncaughtFailures(
  source: FailureSource,
  logger: Logger,
  exit: (code: number) => void,
): void {
  source.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'a failure nobody handled; carrying on');
  });
  source.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'unexpected failure; stopping so the service manager restarts Sitrep');
    exit(1);
  });
}
