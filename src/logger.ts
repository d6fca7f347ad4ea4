import { pino } from 'pino';
import { scrubbing } from './secrets.ts';

export type Logger = pino.Logger;

/**
 * Structured logs on stderr, so stdout stays clean for CLI results and JSON.
 * Tokens and secrets are redacted wherever they appear under these keys.
 */
export function createLogger(
  level = 'info',
  {
    destination = pino.destination(2),
    secrets = [],
  }: {
    // Tests pass a stream to read exactly what an operator would see.
    destination?: pino.DestinationStream;
    /** Values scrubbed from every line wherever they appear (see secrets.ts). */
    secrets?: readonly string[];
  } = {},
): Logger {
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
    scrubbing(destination, secrets),
  );
}

/** A logger that drops everything: for tests that assert on values, not logs. */
export const silentLogger: Logger = pino({ level: 'silent' });
