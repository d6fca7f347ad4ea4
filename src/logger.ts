import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs on stderr, so stdout stays clean for CLI results and JSON.
 * Tokens and secrets are redacted wherever they appear under these keys.
 */
export function createLogger(level = 'info'): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'token',
          '*.token',
          'botToken',
          'appToken',
          'signingSecret',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}

/** A logger that drops everything: for tests that assert on values, not logs. */
export const silentLogger: Logger = pino({ level: 'silent' });
