import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';
import type { ErrorReply } from './reply.ts';

/**
 * Logs `error` once under a new reference id and returns what the user is shown instead: a
 * generic error carrying that id, never the details.
 */
export function reportFailure(
  logger: Logger,
  error: unknown,
  what: string,
  context: Record<string, unknown> = {},
): ErrorReply {
  const ref = randomUUID().slice(0, 8);
  logger.error({ err: error, ref, ...context }, what);
  if (isDiskFull(error)) {
    // Worth saying: nothing the user can retry will help until an operator frees space.
    return {
      kind: 'error',
      code: 'internal',
      ref,
      message: `I could not save that: my storage is full. The operators can see it in the logs (ref ${ref}).`,
    };
  }
  return { kind: 'error', code: 'internal', ref, message: `Something went wrong on my side (ref ${ref}).` };
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}
