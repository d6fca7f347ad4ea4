import type { Bot } from '../../src/bot/bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';

/** The person at the console owns the machine, so they may manage its (single) channel and its records. */
export function toRequest(bot: Bot, line: string): CommandRequest {
  return {
    ...bot.parseText(line),
    channel: { platform: 'console', id: 'console', name: 'console' },
    user: { id: 'console', name: 'you', canManageChannel: true, isAdmin: true },
  };
}
