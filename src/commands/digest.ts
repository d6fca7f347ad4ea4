import { composeDigest } from '../digest/compose-digest.ts';
import type { Command } from './command.ts';
import { UserError } from './command.ts';
import { DIGEST_ACTIONS, splitDigestAction } from './digest-action.ts';
import { parseSince } from './parse-since.ts';
import type { Services } from './services.ts';

export const digest: Command<Services> = {
  name: 'digest',
  description: 'The briefing: what is new, grouped by topic, with summaries, key quotes and links',
  args: [
    { name: 'action', description: `One of ${DIGEST_ACTIONS.join(', ')} (default show)`, required: false },
    {
      name: 'options',
      description:
        'For show: since when (24h, 7d, 2024-05-01). For subscribe: [HH:MM] [Area/City] [topics…] [weekdays] [quiet]',
      required: false,
      rest: true,
    },
    { name: 'since', description: 'Start of the window: ISO date or time, or 24h / 7d', required: false },
    { name: 'until', description: 'End of the window (default now)', required: false },
    { name: 'time', description: 'Local time of the daily briefing, HH:MM', required: false },
    { name: 'timezone', description: 'IANA time zone, e.g. Europe/Brussels', required: false },
    { name: 'topics', description: 'Only these topics (comma or space separated)', required: false },
    { name: 'weekdays', description: 'Only Monday to Friday (true/false)', required: false },
    { name: 'quiet', description: 'Post nothing when nothing is new (true/false)', required: false },
  ],
  examples: ['digest', 'digest 7d', 'digest subscribe 08:00 Europe/Brussels space', 'digest status'],
  async run(args, { knowledge, digests }, context) {
    const split = splitDigestAction(args.action, args.options, context.channel.platform);
    if ('error' in split) return split.error;
    const { action, options } = split;
    if (action === 'show') {
      const until = args.until ? parseSince(args.until, context.clock.now()) : context.clock.now();
      const since = parseSince(args.since ?? options ?? '24h', until);
      return { kind: 'digest', digest: composeDigest(knowledge, { since, until }) };
    }
    if (!digests) {
      throw new UserError(
        'digest.unavailable',
        'Scheduled briefings are managed from a Slack or Discord channel while the bot runs.',
      );
    }
    return digests.handle(action, { ...args, action, options }, context);
  },
};
