import type { Command } from './command.ts';
import { UserError } from './command.ts';
import { splitGapsAction } from './gaps-action.ts';
import { parseDays } from './parse-days.ts';
import type { Services } from './services.ts';

export const gaps: Command<Services> = {
  name: 'gaps',
  // Discord shows at most 100 characters of a description.
  description:
    'Admins: unanswered questions, grouped, with the closest articles; `gaps subscribe` posts them weekly',
  args: [
    {
      name: 'action',
      description: 'A number of days (1-90, default 7), or subscribe, unsubscribe, status',
      required: false,
    },
    {
      name: 'options',
      description: 'For subscribe: [weekday] [HH:MM] [Area/City], default Monday 09:00',
      required: false,
      rest: true,
    },
    { name: 'days', description: 'How many days back (1-90, default 7; 30 for a month)', required: false },
    { name: 'weekday', description: 'Day of the weekly post (default Monday)', required: false },
    { name: 'time', description: 'Local time of the weekly post, HH:MM (default 09:00)', required: false },
    { name: 'timezone', description: 'IANA time zone, e.g. Europe/Brussels', required: false },
  ],
  examples: ['gaps', 'gaps 30', 'gaps subscribe monday 09:00 Europe/Brussels', 'gaps status'],
  run(args, services, context) {
    const split = splitGapsAction(args.action, args.days, context.channel.platform);
    if ('error' in split) return split.error;
    if (split.action !== 'show') {
      if (!services.gapsSchedule)
        throw new UserError(
          'gaps.unavailable',
          'The weekly post of unanswered questions is set up from a Slack or Discord channel, or the console chat.',
        );
      return services.gapsSchedule.handle(split.action, args, context);
    }
    if (!services.feedback)
      throw new UserError(
        'feedback.off',
        'Unanswered questions are not recorded here (it needs the bot’s data folder).',
      );
    return services.feedback.gaps(parseDays(split.days, 'gaps'), context);
  },
};
