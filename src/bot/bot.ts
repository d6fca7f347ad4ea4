import type { CommandArg } from '../commands/command.ts';
import type { Reply } from '../replies/reply.ts';
import type { CommandRequest } from './request.ts';

/** Command metadata as adapters see it (for slash-command registration and help). */
export interface CommandInfo {
  name: string;
  description: string;
  args: CommandArg[];
  examples: string[];
}

export interface Choice {
  name: string;
  value: string;
}

/** What adapters talk to: the platform-neutral core. */
export interface Bot {
  /** Answers one command. Never throws: bugs come back as an `error` reply with a reference id. */
  handle(request: CommandRequest): Promise<Reply>;
  /**
   * Turns typed text into a command: "summarize 000_7d9d…" → summarize, "quote space is hard
   * --speaker James" → quote; text that names no command is a question for `ask`.
   */
  parseText(text: string): Pick<CommandRequest, 'command' | 'args'>;
  commands(): CommandInfo[];
  /** Autocomplete for article titles and speaker names, best first. */
  complete(kind: 'article' | 'speaker', prefix: string, limit?: number): Choice[];
}
