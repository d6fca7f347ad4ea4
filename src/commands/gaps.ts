import type { Command } from './command.ts';
import { UserError } from './command.ts';
import { parseDays } from './parse-days.ts';
import type { Services } from './services.ts';

export const gaps: Command<Services> = {
  name: 'gaps',
  description: 'Admins: the questions nobody could answer lately, grouped, with the closest articles',
  args: [
    { name: 'days', description: 'How many days back (1-90, default 7; 30 for a month)', required: false },
  ],
  examples: ['gaps', 'gaps 30'],
  run({ days }, services, context) {
    if (!services.feedback)
      throw new UserError(
        'feedback.off',
        'Unanswered questions are not recorded here (it needs the bot’s data folder).',
      );
    return services.feedback.gaps(parseDays(days, 'gaps'), context);
  },
};
