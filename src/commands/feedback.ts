import type { Command } from './command.ts';
import { UserError } from './command.ts';
import { parseDays } from './parse-days.ts';
import type { Services } from './services.ts';

export const feedback: Command<Services> = {
  name: 'feedback',
  description: 'Admins: answers, refusals and votes of the last days; `feedback purge` deletes them',
  args: [
    {
      name: 'action',
      description:
        'Empty for the report (or a number of days); `purge` for this channel, `purge all` for all',
      required: false,
      rest: true,
    },
  ],
  examples: ['feedback', 'feedback 30', 'feedback purge', 'feedback purge all'],
  run({ action = '' }, services, context) {
    if (!services.feedback)
      throw new UserError('feedback.off', 'Feedback is not recorded here (it needs the bot’s data folder).');
    const words = action.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words[0] === 'purge') {
      if (words.length > 2 || (words[1] !== undefined && words[1] !== 'all'))
        throw new UserError('feedback.usage', 'Use `feedback purge` (this channel) or `feedback purge all`.');
      return services.feedback.purge(words[1] === 'all', context);
    }
    return services.feedback.report(parseDays(words[0], 'feedback'), context);
  },
};
