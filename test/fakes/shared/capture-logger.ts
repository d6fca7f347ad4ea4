import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../../src/logger.ts';
import { Recorded } from './recorded.ts';

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
  const recorded = new Recorded<LogLine>();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      recorded.push(JSON.parse(String(chunk)) as LogLine);
      done();
    },
  });
  return {
    logger: pino({ level }, stream),
    lines: recorded.items,
    waitFor: (matches) => recorded.waitFor(matches),
  };
}
