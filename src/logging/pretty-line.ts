/**
 * Turns one pino JSON record into a line a person reads on a terminal:
 * `warn  feed poll failed · url=https://… error=timeout`. Only the message and a few fields are
 * kept: pid, hostname and time are noise on a terminal, and an error shows its message only
 * (the JSON format adds its type and code).
 */
export type LogRecord = Record<string, unknown> & { level: number; msg?: string };

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

const HIDDEN_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'status', 'v', 'stack']);
const MAX_FIELD_CHARS = 160;

/** Info records that read as a one-line status on a terminal, by message. */
const STATUS_LINES: Record<string, (record: LogRecord) => string> = {
  'knowledge base ready': (record) =>
    `ready: ${count(record['articles'], 'article')}, ${count(record['passages'], 'passage')}` +
    (Number(record['skipped']) > 0
      ? ` (${count(record['skipped'], 'file')} skipped: sitrep index lists them)`
      : ''),
  'Slack adapter connected (Socket Mode)': () => 'Slack: connected (Socket Mode)',
  'Slack adapter listening for HTTP requests on /slack/events': (record) =>
    `Slack: listening on port ${String(record['port'])} (/slack/events)`,
  'Discord: ready': (record) =>
    `Discord: ready as ${String(record['user'] ?? 'the bot')} in ${count(record['servers'], 'server')}`,
};

/** The status line for a record that has one (ready, connected), else undefined. */
export function statusLine(record: LogRecord): string | undefined {
  const status = STATUS_LINES[record.msg ?? ''];
  return status ? status(record) : undefined;
}

export function prettyLine(record: LogRecord): string {
  const status = record.level === 30 ? statusLine(record) : undefined;
  if (status) return status;
  const level = (LEVEL_NAMES[record.level] ?? String(record.level)).padEnd(5);
  const fields = Object.entries(record)
    .filter(([key, value]) => !HIDDEN_FIELDS.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${fieldText(key, value)}`);
  // Only LOG_LEVEL=debug logs a stack (logger.ts); whoever asked for it reads it whole.
  const stack = typeof record['stack'] === 'string' ? `\n${record['stack']}` : '';
  return `${level} ${record.msg ?? ''}${fields.length > 0 ? ` · ${fields.join(' ')}` : ''}${stack}`;
}

function fieldText(key: string, value: unknown): string {
  if ((key === 'err' || key === 'error') && value && typeof value === 'object') {
    return JSON.stringify(String((value as { message?: unknown }).message ?? 'error'));
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS - 1)}…` : text;
  return /\s/.test(short) && typeof value === 'string' ? JSON.stringify(short) : short;
}

function count(value: unknown, noun: string): string {
  const n = Number(value ?? 0);
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
