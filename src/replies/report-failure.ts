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
  return { kind: 'error', code: 'internal', ref, message: `Something went wrong on my side (ref ${ref}).` };
}
