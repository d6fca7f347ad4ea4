import type { Bot } from '../../../src/bot/bot.ts';
import type { CommandRequest } from '../../../src/bot/request.ts';
import type { Reply } from '../../../src/replies/reply.ts';

/** A Bot wrapper that records what it was asked and answered, and can hold its answers back. */
export interface SpyBot extends Bot {
  exchanges: Array<{ request: CommandRequest; reply: Reply }>;
  /** Holds every answer until the returned function is called (to prove an ack did not wait). */
  hold(): () => void;
}

export function spyOn(bot: Bot): SpyBot {
  const exchanges: SpyBot['exchanges'] = [];
  let gate: Promise<void> = Promise.resolve();
  return {
    exchanges,
    handle: async (request) => {
      await gate;
      const reply = await bot.handle(request);
      exchanges.push({ request, reply });
      return reply;
    },
    parseText: (text) => bot.parseText(text),
    commands: () => bot.commands(),
    complete: (kind, prefix, limit) => bot.complete(kind, prefix, limit),
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => {
        release = resolve;
      });
      return () => {
        gate = Promise.resolve();
        release();
      };
    },
  };
}
