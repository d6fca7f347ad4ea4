import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { logUncaughtFailures } from '../../adapters/process-failures.ts';
import { createLogger } from '../../src/logger.ts';

function running() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    format: 'json',
    stream: { write: (line: string) => lines.push(JSON.parse(line)) },
  });
  const source = new EventEmitter();
  const exits: number[] = [];
  logUncaughtFailures(source, logger, (code) => exits.push(code));
  return { source, lines, exits };
}

describe('failures nobody caught', () => {
  test('a rejected promise nobody awaited is logged without its stack, and the bot carries on', () => {
    const { source, lines, exits } = running();
    source.emit('unhandledRejection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        err: { type: 'Error', message: 'socket hang up', code: 'ECONNRESET' },
      }),
    ]);
    expect(exits).toEqual([]);
  });

  test('an uncaught exception is logged as fatal and the process exits 1 for a restart', () => {
    const { source, lines, exits } = running();
    source.emit('uncaughtException', new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(lines).toEqual([
      expect.objectContaining({ level: 60, err: expect.objectContaining({ type: 'TypeError' }) }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/\bat .+:\d+:\d+/);
    expect(exits).toEqual([1]);
  });
});
