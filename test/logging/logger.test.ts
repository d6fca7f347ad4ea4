import { describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';

function capture(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, stream: { isTTY, write: (line: string) => lines.push(line) } };
}

describe('createLogger', () => {
  test('on a terminal: a one-line ready status and warnings as short human lines', () => {
    const { lines, stream } = capture(true);
    const logger = createLogger({ stream });
    logger.info({ articles: 1, passages: 13, quotes: 7, skipped: 0, ms: 40 }, 'knowledge base ready');
    logger.info({ key: 'x' }, 'digest posted');
    logger.warn({ url: 'https://example.org/feed', error: 'timed out after 10 s' }, 'feed poll failed');
    expect(lines).toEqual([
      'ready: 1 article, 13 passages\n',
      'warn  feed poll failed · url=https://example.org/feed error="timed out after 10 s"\n',
    ]);
  });

  test('an error shows its message on a terminal, never its stack', () => {
    const { lines, stream } = capture(true);
    createLogger({ stream }).error({ err: new Error('disk full'), ref: '1a2b3c4d' }, 'command failed');
    expect(lines).toEqual(['error command failed · err="disk full" ref=1a2b3c4d\n']);
  });

  test('an error line carries its type, message and code, never its stack, in JSON too', () => {
    const { lines, stream } = capture(false);
    const logger = createLogger({ stream });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    logger.error({ err: full, ref: '1a2b3c4d' }, 'command failed');
    logger.warn({ error: new TypeError('x is undefined', { cause: new Error('deeper') }) }, 'tick failed');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      err: { type: 'Error', message: 'database or disk is full', code: 'SQLITE_FULL' },
      ref: '1a2b3c4d',
    });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({
      error: { type: 'TypeError', code: 'TypeError', cause: { message: 'deeper' } },
    });
    for (const line of lines) expect(line).not.toMatch(/ at |\.ts:\d+/);
  });

  test('LOG_LEVEL=debug follows an error line with its stack, under the same ref', () => {
    const { lines, stream } = capture(false);
    createLogger({ stream, level: 'debug' }).error({ err: new Error('boom'), ref: 'r1' }, 'command failed');
    const [error, details] = lines.map((line) => JSON.parse(line));
    expect(error).toMatchObject({ level: 50, ref: 'r1', err: { message: 'boom' } });
    expect(error.err.stack).toBeUndefined();
    expect(details).toMatchObject({ level: 20, ref: 'r1', msg: 'the stack of the error above' });
    expect(details.stack).toMatch(/^Error: boom\n\s+at /);
  });

  test('not a terminal: JSON lines at the configured level', () => {
    const { lines, stream } = capture(false);
    const logger = createLogger({ stream });
    logger.info({ articles: 1 }, 'knowledge base ready');
    logger.debug('hidden at info');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 30, msg: 'knowledge base ready', articles: 1 });
  });

  test('LOG_FORMAT=json wins over a terminal; LOG_LEVEL=debug shows debug lines on a terminal', () => {
    const json = capture(true);
    createLogger({ stream: json.stream, format: 'json' }).warn('careful');
    expect(JSON.parse(json.lines[0] ?? '')).toMatchObject({ level: 40, msg: 'careful' });

    const debug = capture(true);
    createLogger({ stream: debug.stream, level: 'debug' }).debug({ file: 'a.md' }, 'analyzed');
    expect(debug.lines).toEqual(['debug analyzed · file=a.md\n']);
  });

  test('status lines can be turned off (one-shot CLI commands) and secrets stay redacted', () => {
    const { lines, stream } = capture(true);
    const logger = createLogger({ stream, status: false });
    logger.info({ articles: 1, passages: 13 }, 'knowledge base ready');
    logger.warn({ token: 'xoxb-secret' }, 'refused');
    expect(lines).toEqual(['warn  refused · token=[redacted]\n']);
  });

  test('level error hides warnings but still shows the ready status', () => {
    const { lines, stream } = capture(true);
    const logger = createLogger({ stream, level: 'error' });
    logger.warn('not shown');
    logger.info({ articles: 2, passages: 5, skipped: 1 }, 'knowledge base ready');
    expect(lines).toEqual(['ready: 2 articles, 5 passages (1 file skipped: sitrep index lists them)\n']);
  });
});
