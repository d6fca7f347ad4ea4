import type { ChannelRef, UserRef } from '../bot/request.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { Reply } from '../replies/reply.ts';

/** What a command may use. Built once per request by the bot. */
export interface CommandContext {
  clock: Clock;
  logger: Logger;
  channel: ChannelRef;
  user: UserRef;
}

export interface CommandArg {
  name: string;
  description: string;
  required: boolean;
  /** Adapters that support it (Discord) offer completions from the knowledge base. */
  autocomplete?: 'article' | 'speaker';
  /** The argument takes the rest of the line when the command is typed as text. */
  rest?: boolean;
}

/**
 * A command is metadata plus one function, in its own file. The metadata drives help,
 * "did you mean", text parsing and Discord/Slack command registration.
 */
export interface Command<Services = unknown> {
  name: string;
  description: string;
  args: CommandArg[];
  examples: string[];
  /** Not listed in help nor registered as a slash command: adapters send it (vote buttons). */
  hidden?: boolean;
  run(
    args: Record<string, string | undefined>,
    services: Services,
    context: CommandContext,
  ): Promise<Reply> | Reply;
}

/** An expected failure with a stable code; the bot turns it into an `error` reply. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly suggestions?: string[],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
