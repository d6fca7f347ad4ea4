import { describe, expect, test } from 'vitest';
import { reportFailure } from '../../src/replies/report-failure.ts';
import { captureLogger } from '../fakes/shared/capture-logger.ts';

describe('reportFailure', () => {
  test('a full disk is said in words, with the reference id the log line carries', () => {
    const logs = captureLogger();
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const reply = reportFailure(logs.logger, full, 'command failed');
    expect(reply.message).toBe(
      `I could not save that: my storage is full. The operators can see it in the logs (ref ${reply.ref}).`,
    );
    expect(logs.lines[0]).toMatchObject({ ref: reply.ref, msg: 'command failed' });
  });

  test('any other failure shows only a reference id', () => {
    const logs = captureLogger();
    const reply = reportFailure(logs.logger, new Error('secret detail'), 'command failed');
    expect(reply.message).toBe(`Something went wrong on my side (ref ${reply.ref}).`);
    expect(JSON.stringify(reply)).not.toContain('secret detail');
  });
});
