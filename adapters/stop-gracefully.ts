import type { DrainingBot } from '../src/bot/draining-bot.ts';
import type { Logger } from '../src/logger.ts';

/** How long a stop waits for replies and a briefing in flight by default (STOP_GRACE_SECONDS). */
export const STOP_GRACE_MS = 10_000;

export interface RunningParts {
  bot: DrainingBot;
  scheduler: { stop(): Promise<void> };
  /**
   * Each adapter's stop: waits up to the time given for replies still being sent, then closes
   * the Discord gateway, the Slack server or socket.
   */
  stops: Array<(graceMs: number) => Promise<void> | void>;
  /** Closes the knowledge watcher, feed polling and the database. */
  closeCore(): Promise<void>;
  logger: Logger;
  /** The whole stop's budget for work in flight (default STOP_GRACE_MS); closing follows it. */
  graceMs?: number;
}

/**
 * SIGTERM in order: take no new work (new requests are told Sitrep is restarting, no new
 * briefing starts), let replies and a briefing in flight finish and be sent, all within one
 * deadline, then close the platforms and last the database. A briefing still being posted at
 * the deadline (a platform that does not answer) stays claimed in the database and is confirmed
 * or posted exactly once by recovery at the next start, as after a hard kill.
 */
export async function stopGracefully(parts: RunningParts): Promise<void> {
  const deadline = performance.now() + (parts.graceMs ?? STOP_GRACE_MS);
  const remaining = () => Math.max(0, deadline - performance.now());
  const [{ unfinished }, briefingDone] = await Promise.all([
    parts.bot.drain(remaining()),
    withinTime(parts.scheduler.stop(), remaining()),
  ]);
  if (unfinished > 0) {
    parts.logger.warn(
      { unfinished },
      'stopping with replies still being worked out; their askers get no answer',
    );
  }
  if (!briefingDone) {
    parts.logger.warn(
      'stopping while a briefing is still being posted; the next start confirms it was posted, or posts it once',
    );
  }
  for (const stop of parts.stops) {
    try {
      await stop(remaining());
    } catch (error) {
      parts.logger.warn({ err: error }, 'an adapter did not close cleanly');
    }
  }
  await parts.closeCore();
  parts.logger.info('stopped');
}

/** True when `work` settled within `ms`. */
async function withinTime(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = work.then(
    () => true,
    () => true,
  );
  const result = await Promise.race([
    settled,
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
  clearTimeout(timer);
  return result;
}
