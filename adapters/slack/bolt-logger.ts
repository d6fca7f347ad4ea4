import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

/** What @slack/web-api logs at warn level when one attempt of a call fails. */
const ATTEMPT_FAILED = 'http request failed';

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/**
 * Bolt, its Web API client and the Socket Mode client log through Sitrep's logger, so their
 * lines are structured, on stderr, and filtered by LOG_LEVEL like everything else. `setLevel`
 * is ignored on purpose: Bolt calls it with its own default and would override LOG_LEVEL.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      const err = parts.find((part) => part instanceof Error);
      const message = parts
        .filter((part) => part !== err)
        .map((part) => (typeof part === 'string' ? part : safeJson(part)))
        .join(' ');
      // The Web API client warns once per failed attempt; Sitrep reports the failure itself
      // (at start, or as a delivery error), so these would only repeat it ahead of the reason.
      const shown = level === 'warn' && message.startsWith(ATTEMPT_FAILED) ? 'debug' : level;
      if (err) child[shown]({ err }, message);
      else child[shown](message);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => LEVELS[logger.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
