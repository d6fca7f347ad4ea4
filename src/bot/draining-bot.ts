import type { ErrorReply } from '../replies/reply.ts';
import type { Bot } from './bot.ts';

export interface DrainingBot extends Bot {
  /**
   * Stops taking new requests (they get a "restarting" reply) and resolves once the requests in
   * flight have been answered, or after `timeoutMs`, with how many were still running.
   */
  drain(timeoutMs: number): Promise<{ unfinished: number }>;
}

const STOPPING: ErrorReply = {
  kind: 'error',
  code: 'bot.stopping',
  message: 'Sitrep is restarting. Please try again in a minute.',
};

/** The bot with a count of requests in flight, so a shutdown (SIGTERM) can let them finish. */
export function drainable(bot: Bot): DrainingBot {
  let running = 0;
  let stopping = false;
  let idle: (() => void) | undefined;
  return {
    ...bot,
    async handle(request) {
      if (stopping) return STOPPING;
      running++;
      try {
        return await bot.handle(request);
      } finally {
        running--;
        if (running === 0) idle?.();
      }
    },
    async drain(timeoutMs) {
      stopping = true;
      if (running === 0) return { unfinished: 0 };
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          idle = resolve;
        }),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      return { unfinished: running };
    },
  };
}
