import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../../src/logger.ts';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A logger that keeps its lines, so a test can await "this was logged" instead of sleeping. */
export interface CapturedLogs {
  logger: Logger;
  lines: LogLine[];
  waitFor(matches: (line: LogLine) => boolean): Promise<LogLine>;
}

export function captureLogger(level = 'info'): CapturedLogs {
  const lines: LogLine[] = [];
  const waiters: Array<{ matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      const line = JSON.parse(String(chunk)) as LogLine;
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (!waiter.matches(line)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
      done();
    },
  });
  return {
    logger: pino({ level }, stream),
    lines,
    waitFor(matches) {
      const seen = lines.find(matches);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ matches, resolve }));
    },
  };
}
