import type { DrainingBot } from '../src/bot/draining-bot.ts';
import type { Logger } from '../src/logger.ts';

/** How long replies in flight get to finish before the platforms are closed anyway. */
export const DRAIN_TIMEOUT_MS = 10_000;

export interface RunningParts {
  bot: DrainingBot;
  scheduler: { stop(): Promise<void> };
  /** Each adapter's stop: closes the Discord gateway, the Slack server or socket. */
  stops: Array<() => Promise<void> | void>;
  /** Closes the knowledge watcher, feed polling and the database. */
  closeCore(): Promise<void>;
  logger: Logger;
  drainTimeoutMs?: number;
}

/**
 * SIGTERM in order: take no new work (new requests are told Sitrep is restarting, no new
 * briefing starts), let replies and a briefing in flight finish, then close the platforms and
 * last the database. A briefing cut off by a hard kill stays claimed in the database and is
 * confirmed or posted exactly once by recovery at the next start.
 */
export async function stopGracefully(parts: RunningParts): Promise<void> {
  const drained = parts.bot.drain(parts.drainTimeoutMs ?? DRAIN_TIMEOUT_MS);
  await parts.scheduler.stop();
  const { unfinished } = await drained;
  if (unfinished > 0) {
    parts.logger.warn(
      { unfinished },
      'stopping with replies still being worked out; their askers get no answer',
    );
  }
  for (const stop of parts.stops) {
    try {
      await stop();
    } catch (error) {
      parts.logger.warn({ err: error }, 'an adapter did not close cleanly');
    }
  }
  await parts.closeCore();
  parts.logger.info('stopped');
}
