import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../../src/logger.ts';

export interface MemoryLogger {
  logger: Logger;
  /** Every log line so far, parsed. */
  // biome-ignore lint/suspicious/noExplicitAny: log lines are arbitrary JSON that tests inspect.
  lines(): any[];
}

/** A real pino logger writing into memory, for tests that check what was logged. */
export function memoryLogger(): MemoryLogger {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    logger: pino({ level: 'info' }, sink),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}
