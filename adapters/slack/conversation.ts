import type { App, webApi } from '@slack/bolt';
import type { ChannelPacer } from './pacer.ts';
import { postEphemerals, postMessages } from './post-messages.ts';
import { render } from './render.ts';
import { type CommandDeps, runCommand } from './run-command.ts';
import { stripBotMention } from './to-request.ts';

export interface ConversationDeps extends CommandDeps {
  pace: ChannelPacer;
}

interface AskedMessage {
  channelId: string;
  teamId?: string;
  userId: string;
  text: string;
  ts: string;
  threadTs?: string;
}

/**
 * Mentions in channels and direct messages: the text after the mention is a question or a
 * command, and the answer goes in the thread of the message that asked (a follow-up in that
 * thread that mentions Sitrep again is answered in the same thread). Messages from bots,
 * edits and other message subtypes are ignored, so Sitrep never answers itself.
 */
export function registerConversation(app: App, deps: ConversationDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (event.bot_id || event.subtype || !event.user) return;
    await answerInThread(
      deps,
      client,
      askedOf({ ...event, user: event.user }, body.team_id, context.botUserId),
    );
  });

  app.event('message', async ({ event, body, context, client }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id) return;
    await answerInThread(deps, client, askedOf(event, body.team_id, context.botUserId));
  });
}

interface AddressedEvent {
  channel: string;
  team?: string;
  user: string;
  text?: string;
  ts: string;
  thread_ts?: string;
}

/** What a mention or direct message asks, with Sitrep's own mention taken out. */
function askedOf(event: AddressedEvent, bodyTeamId: string, botUserId: string | undefined): AskedMessage {
  return {
    channelId: event.channel,
    teamId: event.team ?? bodyTeamId,
    userId: event.user,
    text: stripBotMention(event.text ?? '', botUserId),
    ts: event.ts,
    threadTs: event.thread_ts,
  };
}

async function answerInThread(
  deps: ConversationDeps,
  client: webApi.WebClient,
  asked: AskedMessage,
): Promise<void> {
  const reply = await runCommand(deps, asked, asked.text);
  const { messages, audience } = render(reply);
  const target = { channelId: asked.channelId, threadTs: asked.threadTs ?? asked.ts };
  const isDirectMessage = asked.channelId.startsWith('D');
  try {
    if (audience === 'asker' && !isDirectMessage) {
      await postEphemerals(client, { ...target, userId: asked.userId }, messages);
    } else {
      await postMessages(client, deps.pace, target, messages);
    }
  } catch (error) {
    deps.logger.error({ err: error, channel: asked.channelId }, 'Posting the answer to Slack failed');
  }
}
