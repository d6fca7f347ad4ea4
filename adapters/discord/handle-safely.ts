import type { Bot } from '../../src/bot/bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';
import type { Logger } from '../../src/logger.ts';
import type { ErrorReply, Reply } from '../../src/replies/reply.ts';
import { reportFailure as reportAdapterFailure } from '../../src/replies/report-failure.ts';

/**
 * `bot.handle` promises never to throw; should it break that promise, the user still gets
 * an answer: a generic error carrying a reference id that the log line carries too.
 */
export async function handleSafely(bot: Bot, request: CommandRequest, logger: Logger): Promise<Reply> {
  try {
    return await bot.handle(request);
  } catch (error) {
    return reportFailure(logger, error, 'the bot threw instead of replying', { command: request.command });
  }
}

/** Logs `error` once (tagged as Discord's) under a new reference id; returns what the user is shown instead. */
export function reportFailure(
  logger: Logger,
  error: unknown,
  what: string,
  context: Record<string, unknown> = {},
): ErrorReply {
  return reportAdapterFailure(logger, error, what, { platform: 'discord', ...context });
}
