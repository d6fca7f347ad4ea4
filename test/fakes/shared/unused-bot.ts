import type { Bot } from '../../../src/bot/bot.ts';

/** For adapter tests that never reach the core (delivery, lookups, failed starts). */
export const unusedBot: Bot = {
  handle: async () => ({ kind: 'notice', lines: [] }),
  parseText: () => ({ command: 'help', args: {} }),
  commands: () => [],
  complete: () => [],
};
