import { closestMatches } from '../text/edit-distance.ts';
import { ask } from './ask.ts';
import type { Command } from './command.ts';
import { define } from './define.ts';
import { digest } from './digest.ts';
import { feedback } from './feedback.ts';
import { gaps } from './gaps.ts';
import { createHelpCommand } from './help.ts';
import { quote } from './quote.ts';
import { search } from './search.ts';
import type { Services } from './services.ts';
import { sources } from './sources.ts';
import { summarize } from './summarize.ts';
import { vote } from './vote.ts';

/** Words people type for a command, mapped to its name. */
const ALIASES: Record<string, string> = {
  summary: 'summarize',
  summarise: 'summarize',
  quotes: 'quote',
  find: 'search',
  briefing: 'digest',
  brief: 'digest',
  source: 'sources',
  '?': 'help',
  definition: 'define',
  acronym: 'define',
};

export interface Registry {
  list(): Array<Command<Services>>;
  resolve(name: string): Command<Services> | undefined;
  /** Command names close to a mistyped one, for "did you mean". */
  suggest(name: string): string[];
}

export function createRegistry(): Registry {
  const commands: Array<Command<Services>> = [
    ask,
    search,
    summarize,
    quote,
    define,
    digest,
    sources,
    feedback,
    gaps,
    vote,
  ];
  commands.push(createHelpCommand(() => commands as Array<Command<never>>) as Command<Services>);
  const byName = new Map(commands.map((command) => [command.name, command]));
  return {
    list: () => commands,
    resolve(name) {
      const key = name.trim().toLowerCase().replace(/^[/!]/, '');
      return byName.get(key) ?? byName.get(ALIASES[key] ?? '');
    },
    suggest: (name) => closestMatches(name, byName.keys(), 2),
  };
}
