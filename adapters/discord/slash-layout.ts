/**
 * Where Discord's slash-command shape differs from the plain argument list in the bot's
 * metadata. Everything not listed here is derived from `bot.commands()` as is.
 */

export interface SubcommandLayout {
  name: string;
  description: string;
  /** Argument names (from the command's metadata) offered as this subcommand's options. */
  options: string[];
}

export interface CommandLayout {
  /** The argument the chosen subcommand's name is passed in. */
  actionArg: string;
  subcommands: SubcommandLayout[];
}

/**
 * `/digest` and `/gaps` read best as subcommands: `/digest subscribe time:08:00` rather than a
 * free-text action. Its text-only catch-all argument (`options`) has no place here: every value it
 * carries in text has its own option.
 */
export const COMMAND_LAYOUTS: Readonly<Record<string, CommandLayout>> = {
  digest: {
    actionArg: 'action',
    subcommands: [
      {
        name: 'show',
        description: 'Show the briefing for a window (default: the last 24 hours)',
        options: ['since', 'until'],
      },
      {
        name: 'subscribe',
        description: 'Post the briefing in this channel every day',
        options: ['time', 'timezone', 'topics', 'weekdays', 'quiet'],
      },
      { name: 'unsubscribe', description: 'Stop the daily briefing in this channel', options: [] },
      { name: 'status', description: "This channel's briefing schedule and last delivery", options: [] },
      { name: 'now', description: "Post this channel's briefing now", options: [] },
      { name: 'preview', description: 'Preview the next scheduled briefing, only to you', options: [] },
    ],
  },
  gaps: {
    actionArg: 'action',
    subcommands: [
      {
        name: 'show',
        description: 'Admins: the questions nobody could answer lately (default: 7 days)',
        options: ['days'],
      },
      {
        name: 'subscribe',
        description: 'Admins: post the unanswered questions in this channel every week',
        options: ['weekday', 'time', 'timezone'],
      },
      { name: 'unsubscribe', description: 'Admins: stop the weekly post in this channel', options: [] },
      { name: 'status', description: "This channel's weekly post of unanswered questions", options: [] },
    ],
  },
};

/** Arguments that read better as a True/False choice; the bot receives "true" or "false". */
export const BOOLEAN_ARGS: Readonly<Record<string, readonly string[]>> = {
  digest: ['weekdays', 'quiet'],
};

/** Arguments whose values are the names of the bot's commands, offered as fixed choices. */
export const COMMAND_NAME_ARGS: Readonly<Record<string, readonly string[]>> = {
  help: ['command'],
};
