import type { App } from '@slack/bolt';
import type { Bot } from '../../src/bot/bot.ts';
import type { Logger } from '../../src/logger.ts';
import { renderText } from '../../src/replies/render-text.ts';
import { reportFailure } from '../../src/replies/report-failure.ts';
import type { Block } from './blocks.ts';
import { toCommandRequest } from './to-request.ts';

const HELPFUL_ACTION_ID = 'sitrep_vote_helpful';
const NOT_HELPFUL_ACTION_ID = 'sitrep_vote_not_helpful';

/** Helpful / Not helpful under an answer; each button carries the answer's id. */
export function feedbackButtons(answerId: string): Block {
  return {
    type: 'actions',
    block_id: 'sitrep_feedback',
    elements: [
      {
        type: 'button',
        action_id: HELPFUL_ACTION_ID,
        text: { type: 'plain_text', text: ':thumbsup: Helpful', emoji: true },
        value: answerId,
      },
      {
        type: 'button',
        action_id: NOT_HELPFUL_ACTION_ID,
        text: { type: 'plain_text', text: ':thumbsdown: Not helpful', emoji: true },
        value: answerId,
      },
    ],
  };
}

/**
 * A click on Helpful / Not helpful: acknowledged at once, recorded through the core's `vote`
 * command, and confirmed to the voter alone (ephemeral, the answer left as it was).
 */
export function registerFeedbackButtons(app: App, { bot, logger }: { bot: Bot; logger: Logger }): void {
  app.action(
    { type: 'block_actions', action_id: new RegExp(`^(${HELPFUL_ACTION_ID}|${NOT_HELPFUL_ACTION_ID})$`) },
    async ({ ack, action, body, respond }) => {
      await ack();
      const answerId = action.type === 'button' ? action.value : undefined;
      const channelId = body.channel?.id;
      if (!answerId || !channelId) {
        logger.warn({ channel: channelId }, 'Slack: feedback button without an answer id; ignored');
        return;
      }
      const helpful = action.type === 'button' && action.action_id === HELPFUL_ACTION_ID;
      const origin = { channelId, teamId: body.team?.id, userId: body.user.id, userName: body.user.name };
      const parsed = { command: 'vote', args: { value: helpful ? '+1' : '-1', answer: answerId } };
      const reply = await bot
        .handle(toCommandRequest(parsed, origin, false))
        .catch((error: unknown) => reportFailure(logger, error, 'Slack vote failed', { channel: channelId }));
      await respond({ response_type: 'ephemeral', replace_original: false, text: renderText(reply) }).catch(
        (error: unknown) => logger.warn({ err: error }, 'Slack: could not confirm a vote'),
      );
    },
  );
}
