import type { Bot } from '../../src/bot/bot.ts';
import type { Logger } from '../../src/logger.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { reportFailure } from '../../src/replies/report-failure.ts';
import type { CanManageChannel } from './channel-permission.ts';
import { parseCommandText, type SlackOrigin, toCommandRequest } from './to-request.ts';

export interface CommandDeps {
  bot: Bot;
  canManageChannel: CanManageChannel;
  logger: Logger;
}

/**
 * Text typed in Slack (after `/sitrep` or the mention) → the core's reply. Never throws: the
 * core already turns its bugs into replies, and anything failing here is logged once with a
 * reference id that the user sees instead of details.
 */
export async function runCommand(deps: CommandDeps, origin: SlackOrigin, text: string): Promise<Reply> {
  try {
    const parsed = parseCommandText(deps.bot, text);
    const canManageChannel = await deps.canManageChannel(origin, parsed);
    return await deps.bot.handle(toCommandRequest(parsed, origin, canManageChannel));
  } catch (error) {
    return reportFailure(deps.logger, error, 'Slack command failed', { channel: origin.channelId });
  }
}
