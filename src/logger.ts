import { pino } from 'pino';
import { errorFields } from './logging/error-fields.ts';
import { type LogRecord, prettyLine, statusLine } from './logging/pretty-line.ts';
import { scrubbing } from './secrets.ts';

export type Logger = pino.Logger;

/** `auto`: pretty lines when stderr is a terminal, JSON lines otherwise. */
export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  /** pino level; default `info`. */
  level?: string;
  format?: LogFormat;
  /** Show one-line status records ("ready: 1 article, 13 passages") on a terminal; default true. */
  status?: boolean;
  /** Where lines go; default stderr, so chat and CLI output on stdout never interleave with logs. */
  stream?: { write(line: string): unknown; isTTY?: boolean };
  /** Values scrubbed from every line wherever they appear (see secrets.ts). */
  secrets?: readonly string[];
}

/** Levels a person on a terminal sees by default: warnings and worse (plus status lines). */
const PRETTY_FLOOR = 'warn';

const REDACT = {
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
};

/** Errors are logged by message and code, never with their stack (see error-fields.ts). */
const SERIALIZERS = { err: errorFields, error: errorFields };

/**
 * At debug and below, a warning or error about an `err` is followed by a debug line holding its
 * stack (with the same `ref` when the failure has one): an operator chasing a bug turns on
 * LOG_LEVEL=debug; at the usual levels no line carries a stack.
 */
const HOOKS: pino.LoggerOptions['hooks'] = {
  logMethod(args, method, level) {
    method.apply(this, args);
    if (level < pino.levels.values.warn! || !this.isLevelEnabled('debug')) return;
    const fields = args[0] as unknown;
    if (typeof fields !== 'object' || fields === null) return;
    const { err, error, ref } = fields as { err?: unknown; error?: unknown; ref?: unknown };
    const stack = stackOf(err) ?? stackOf(error);
    if (stack) this.debug({ ...(ref === undefined ? {} : { ref }), stack }, 'the stack of the error above');
  },
};

function stackOf(value: unknown): string | undefined {
  return value instanceof Error && typeof value.stack === 'string' ? value.stack : undefined;
}

/**
 * Logs on stderr: JSON lines for machines (not a terminal, or LOG_FORMAT=json), short human
 * lines on a terminal. Tokens and secrets are redacted wherever they appear under these keys,
 * before either format sees them.
 */
export function createLogger(levelOrOptions: string | LoggerOptions = {}): Logger {
  const options = typeof levelOrOptions === 'string' ? { level: levelOrOptions } : levelOrOptions;
  const level = options.level ?? 'info';
  const secrets = options.secrets ?? [];
  const stream = options.stream ?? {
    write: (line: string) => process.stderr.write(line),
    isTTY: process.stderr.isTTY,
  };
  const pretty = options.format === 'pretty' || (options.format !== 'json' && stream.isTTY === true);
  if (!pretty) {
    const destination = options.stream
      ? { write: (line: string) => stream.write(line) }
      : pino.destination(2);
    return pino(
      { level, redact: REDACT, serializers: SERIALIZERS, hooks: HOOKS },
      scrubbing(destination, secrets),
    );
  }
  // pino filters below `level`; the terminal stream applies the stricter floor itself, so status
  // records at info still reach it.
  const floor = prettyFloor(level);
  const showStatus = options.status ?? true;
  const terminal: pino.DestinationStream = {
    write(json: string) {
      const record = JSON.parse(json) as LogRecord;
      const isStatus = showStatus && record.level === 30 && statusLine(record) !== undefined;
      if (record.level >= floor || isStatus) stream.write(`${prettyLine(record)}\n`);
    },
  };
  return pino(
    {
      level: level === 'silent' ? 'silent' : lowerOf(level, 'info'),
      redact: REDACT,
      serializers: SERIALIZERS,
      hooks: HOOKS,
    },
    scrubbing(terminal, secrets),
  );
}

/** debug and trace are shown as asked; anything quieter than warn is raised to warn. */
function prettyFloor(level: string): number {
  const value = pino.levels.values[level] ?? 30;
  if (value < 30) return value;
  return Math.max(value, pino.levels.values[PRETTY_FLOOR] ?? 40);
}

function lowerOf(a: string, b: string): string {
  const values = pino.levels.values;
  return (values[a] ?? 30) <= (values[b] ?? 30) ? a : b;
}

/** A logger that drops everything: for tests that assert on values, not logs. */
export const silentLogger: Logger = pino({ level: 'silent' });
