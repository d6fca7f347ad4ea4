import type { App, RespondFn } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import { SLASH_COMMAND } from './render-status.ts';
import { type CommandDeps, runCommand } from './run-command.ts';
import {
  SHARE_ACTION_ID,
  type SlashResponse,
  sharedResponses,
  slashResponses,
  typedTextOf,
} from './slash-responses.ts';

/**
 * `/sitrep …`: acknowledged at once (Slack gives up after 3 seconds), then answered through
 * the command's `response_url`. The "Share in channel" button runs the same text again and
 * posts the answer for everyone, then removes the private copy.
 */
export function registerSlashCommand(app: App, deps: CommandDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const reply = await runCommand(
      deps,
      {
        channelId: command.channel_id,
        teamId: command.team_id,
        channelName: command.channel_name,
        userId: command.user_id,
        userName: command.user_name,
      },
      command.text,
    );
    await respondAll(respond, slashResponses(reply, command.text), deps.logger);
  });

  app.action(
    { type: 'block_actions', action_id: SHARE_ACTION_ID },
    async ({ ack, action, body, respond }) => {
      await ack();
      const text = action.type === 'button' ? typedTextOf(action.value) : undefined;
      const channelId = body.channel?.id;
      if (text === undefined || !channelId) {
        deps.logger.warn({ channel: channelId }, 'Share button without a command to share; ignored');
        return;
      }
      const origin = { channelId, teamId: body.team?.id, userId: body.user.id, userName: body.user.name };
      const reply = await runCommand(deps, origin, text);
      await respondAll(respond, sharedResponses(reply, body.user.id), deps.logger);
    },
  );
}

/** Sends responses in order; an expired or refused `response_url` is logged, not thrown at Bolt. */
async function respondAll(respond: RespondFn, responses: SlashResponse[], logger: Logger): Promise<void> {
  for (const response of responses) {
    try {
      await respond(response);
    } catch (error) {
      logger.error({ err: error }, 'Slack response_url refused the reply');
      return;
    }
  }
}
