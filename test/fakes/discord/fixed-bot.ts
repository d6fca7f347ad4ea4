import type { Bot } from '../../../src/bot/bot.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { SAMPLE_COMMANDS } from './sample-commands.ts';

/**
 * A bot that answers everything with one reply, for tests about connecting, registering and
 * delivering, where what the core says does not matter.
 */
export function fixedBot(reply: Reply = { kind: 'notice', lines: ['Sitrep is here.'] }): Bot {
  return {
    handle: async () => reply,
    parseText: (text) => ({ command: 'ask', args: { question: text } }),
    commands: () => SAMPLE_COMMANDS,
    complete: () => [],
  };
}
