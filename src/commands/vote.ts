import type { Command } from './command.ts';
import { UserError } from './command.ts';
import type { Services } from './services.ts';

const HELPFUL = new Set(['+1', 'up', 'yes', 'helpful']);
const NOT_HELPFUL = new Set(['-1', 'down', 'no', 'not-helpful', 'unhelpful']);

/**
 * A vote on an answer: sent by the Helpful / Not helpful buttons (with the answer's id) and by
 * typing `+1` / `-1` (the latest answer to that person in the channel).
 */
export const vote: Command<Services> = {
  name: 'vote',
  description: 'Mark an answer helpful (+1) or not helpful (-1)',
  args: [
    { name: 'value', description: '+1 or -1', required: true },
    { name: 'answer', description: 'The answer id (buttons send it)', required: false },
  ],
  examples: ['+1', '-1'],
  hidden: true,
  run({ value = '', answer }, { feedback }, context) {
    const key = value.trim().toLowerCase();
    if (!HELPFUL.has(key) && !NOT_HELPFUL.has(key))
      throw new UserError('feedback.badVote', 'A vote is `+1` (helpful) or `-1` (not helpful).');
    if (!feedback)
      throw new UserError(
        'feedback.off',
        'Votes are not recorded here (feedback needs the bot’s data folder).',
      );
    return feedback.vote(HELPFUL.has(key), answer?.trim() || undefined, context);
  },
};
