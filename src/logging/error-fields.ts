/**
 * What a log line says about an error: its kind, its message and a code to search for, never
 * its stack. Lines stay one short record each, and a library's error never carries the request
 * it failed on (discord.js errors hold the URL with the interaction token and the whole message
 * body) into the logs. `LOG_LEVEL=debug` adds the stack on a line of its own (logger.ts).
 */
export interface ErrorFields {
  /** The error's class: `TypeError`, `DiscordAPIError`, `SqliteError`. */
  type: string;
  message: string;
  /** The error's own code (`ENOSPC`, `SQLITE_BUSY`, `slack_webapi_platform_error`, 50013), else its type. */
  code: string;
  /** The HTTP status of a failed platform call, when the error says. */
  status?: number;
  cause?: ErrorFields;
}

const MAX_MESSAGE_CHARS = 1_000;
/** Causes followed at most; a cycle of causes must not loop. */
const MAX_CAUSES = 3;
/** A stack frame (`    at fn (file:1:2)`) as some libraries fold it into a message. */
const STACK_FRAME_LINE = /^\s+at .*$/gm;

/** The log fields of an error; anything that is not an error is logged as it is. */
export function errorFields(value: unknown): unknown {
  return isErrorLike(value) ? fieldsOf(value, MAX_CAUSES) : value;
}

function fieldsOf(error: ErrorLike, causes: number): ErrorFields {
  const type = typeOf(error);
  const own = error.code;
  const status = error.status ?? error.statusCode;
  const cause = causes > 0 && isErrorLike(error.cause) ? fieldsOf(error.cause, causes - 1) : undefined;
  return {
    type,
    message: messageOf(error),
    code: typeof own === 'string' || typeof own === 'number' ? String(own) : type,
    ...(typeof status === 'number' ? { status } : {}),
    ...(cause ? { cause } : {}),
  };
}

function messageOf(error: ErrorLike): string {
  const text = typeof error.message === 'string' ? error.message : String(error.message ?? '');
  const clean = text.replace(STACK_FRAME_LINE, '').trimEnd();
  return clean.length > MAX_MESSAGE_CHARS ? `${clean.slice(0, MAX_MESSAGE_CHARS - 1)}…` : clean;
}

function typeOf(error: ErrorLike): string {
  if (typeof error.name === 'string' && error.name !== 'Error') return error.name;
  const constructorName = (error as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof constructorName === 'string' && constructorName !== 'Object' ? constructorName : 'Error';
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  cause?: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return value instanceof Error || (typeof value === 'object' && value !== null && 'stack' in value);
}
