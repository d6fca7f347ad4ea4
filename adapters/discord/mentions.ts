import type { Message } from 'discord.js';
import type { Bot } from '../../src/bot/bot.ts';
import type { Logger } from '../../src/logger.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { handleSafely, reportFailure } from './handle-safely.ts';
import { render } from './render.ts';
import { respondToMessage } from './respond.ts';
import { mentionToRequest } from './to-request.ts';

export interface MentionDeps {
  bot: Bot;
  logger: Logger;
}

/**
 * Answers messages addressed to the bot, in a reply: an @mention in a server channel, or
 * any message in a DM with it. Other bots are ignored, so two bots never talk in circles.
 * Never rejects: failures are logged with a reference id.
 */
export function createMentionListener({ bot, logger }: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || !isAddressedTo(message, me.id)) return;
    showTyping(message, logger);
    try {
      const reply = await handleSafely(bot, mentionToRequest(message, me.id, bot), logger);
      await respondToMessage(message, render(message.inGuild() ? keptPrivate(reply) : reply));
    } catch (error) {
      reportFailure(logger, error, 'Discord: could not answer a mention', { channel: message.channelId });
    }
  };
}

/**
 * A reply in a server channel is seen by everyone, and a message reply cannot be ephemeral: a
 * summary meant for the asker only (a pasted page kept out of the knowledge base) is not posted
 * there; the asker is pointed to where it can be private.
 */
function keptPrivate(reply: Reply): Reply {
  if (reply.kind !== 'summary' || !reply.private) return reply;
  return {
    kind: 'notice',
    lines: [
      'Summaries of pasted pages are only for the person who asks. Use `/summarize` here (only you will see it) or ask me in a direct message.',
    ],
  };
}

function isAddressedTo(message: Message, botUserId: string): boolean {
  return !message.inGuild() || message.mentions.users.has(botUserId);
}

function showTyping(message: Message, logger: Logger): void {
  if (!('sendTyping' in message.channel)) return;
  // Only a courtesy while the answer is worked out; the reply does not depend on it.
  message.channel
    .sendTyping()
    .catch((error: unknown) => logger.debug({ err: error }, 'Discord: could not show typing'));
}
