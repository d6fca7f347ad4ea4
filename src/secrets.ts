import type { pino } from 'pino';
import type { Config } from './config.ts';

/** Shorter values are not scrubbed: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 8;

/** Every secret in the configuration: platform tokens and the signing secret. */
export function secretsOf(config: Config): string[] {
  return [
    config.slack?.botToken,
    config.slack?.signingSecret,
    config.slack?.appToken,
    config.discord?.token,
  ].filter((value): value is string => typeof value === 'string' && value.length >= MIN_SECRET_LENGTH);
}

/**
 * A log destination that replaces every known secret with `[redacted]` before it is written:
 * redaction by field name (see logger.ts) misses a token inside an error message or a URL that
 * a library logs, so the values themselves are scrubbed from each line.
 */
export function scrubbing(
  destination: pino.DestinationStream,
  secrets: readonly string[],
): pino.DestinationStream {
  const values = [...new Set(secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH))];
  if (values.length === 0) return destination;
  // JSON escapes some characters, so each secret is matched as written and as JSON writes it.
  const forms = [...new Set(values.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))];
  return {
    write(line: string) {
      let clean = line;
      for (const form of forms) clean = clean.split(form).join('[redacted]');
      return destination.write(clean);
    },
  };
}
