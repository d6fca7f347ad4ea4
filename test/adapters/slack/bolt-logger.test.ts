import { LogLevel } from '@slack/bolt';
import { describe, expect, test } from 'vitest';
import { toBoltLogger } from '../../../adapters/slack/bolt-logger.ts';
import { captureLogger } from '../../fakes/shared/capture-logger.ts';

describe('Bolt logging through Sitrep', () => {
  test('writes structured lines at Sitrep level and ignores Bolt resetting the level', () => {
    const logs = captureLogger('debug');
    const bolt = toBoltLogger(logs.logger);
    bolt.setLevel(LogLevel.ERROR);
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    bolt.debug('socket', { state: 'open' });
    bolt.warn('Slack API error:', new Error('ratelimited'));
    expect(logs.lines.map(({ msg, component }) => ({ msg, component }))).toEqual([
      { msg: 'socket {"state":"open"}', component: 'bolt' },
      { msg: 'Slack API error:', component: 'bolt' },
    ]);
    expect(logs.lines[1]?.['err']).toMatchObject({ message: 'ratelimited' });
  });

  test('a failed attempt of a Web API call is a debug line, not a warning', () => {
    const logs = captureLogger('debug');
    toBoltLogger(logs.logger).warn('http request failed', 'fetch failed');
    expect(logs.lines.map(({ level, msg }) => ({ level, msg }))).toEqual([
      { level: 20, msg: 'http request failed fetch failed' },
    ]);
  });
});
