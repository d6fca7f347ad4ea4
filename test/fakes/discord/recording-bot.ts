import type { Bot } from '../../../src/bot/bot.ts';
import type { CommandRequest } from '../../../src/bot/request.ts';
import type { Reply } from '../../../src/replies/reply.ts';

export interface RecordingBot extends Bot {
  /** Every request the adapter built, in order. */
  readonly requests: CommandRequest[];
}

/**
 * Wraps a bot so tests can see the requests the adapter built, and optionally answer some
 * commands with a fixed reply (e.g. a digest too big for one message) or by throwing.
 */
export function recording(bot: Bot, fixed: Record<string, Reply | Error> = {}): RecordingBot {
  const requests: CommandRequest[] = [];
  return {
    requests,
    async handle(request) {
      requests.push(request);
      const answer = fixed[request.command];
      if (answer instanceof Error) throw answer;
      return answer ?? bot.handle(request);
    },
    parseText: (text) => bot.parseText(text),
    commands: () => bot.commands(),
    complete: (kind, prefix, limit) => bot.complete(kind, prefix, limit),
  };
}
