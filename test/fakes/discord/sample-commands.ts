import type { CommandInfo } from '../../../src/bot/bot.ts';

/**
 * Fixed command metadata in the shape `bot.commands()` returns, so the slash-command JSON
 * tests do not change whenever a core command's wording does. (The real registry is
 * checked against Discord's rules separately.)
 */
const arg = (name: string, description: string, required = false, extra: object = {}) => ({
  name,
  description,
  required,
  ...extra,
});

export const SAMPLE_COMMANDS: CommandInfo[] = [
  {
    name: 'ask',
    description: 'Answer a question from the knowledge base, citing the articles',
    args: [arg('question', 'Your question, in plain words', true, { rest: true })],
    examples: ['ask Where was the inaugural NATO Space Symposium held?'],
  },
  {
    name: 'summarize',
    description: 'Summarize an article in a few of its own sentences',
    args: [
      arg('article', 'Article id, title (or part of it) or URL', true, {
        rest: true,
        autocomplete: 'article',
      }),
    ],
    examples: ['summarize Partners to Win'],
  },
  {
    name: 'quote',
    description: 'Find who said what, verbatim, with speaker, role, article and date',
    args: [
      arg('query', 'Words you remember, a topic, or a speaker', true, { rest: true }),
      arg('speaker', 'Only quotes by this person', false, { autocomplete: 'speaker' }),
    ],
    examples: ['quote space is hard --speaker James'],
  },
  {
    name: 'search',
    description: 'Search the knowledge base',
    args: [arg('query', 'Words to look for', true, { rest: true })],
    examples: ['search space domain awareness'],
  },
  {
    name: 'digest',
    description: 'The briefing: what is new, grouped by topic',
    args: [
      arg('action', 'show, subscribe, unsubscribe, status, now or preview'),
      arg('since', 'Start of the window: ISO date or 24h / 7d'),
      arg('time', 'Local time of the daily briefing, HH:MM'),
      arg('timezone', 'IANA time zone, e.g. Europe/Brussels'),
      arg('topics', 'Only these topics'),
      arg('weekdays', 'Only Monday to Friday (true/false)'),
      arg('quiet', 'Post nothing when nothing is new (true/false)'),
    ],
    examples: ['digest', 'digest subscribe 08:00 Europe/Brussels'],
  },
  {
    name: 'sources',
    description: 'What the knowledge base holds and how the feeds are doing',
    args: [],
    examples: ['sources'],
  },
  {
    name: 'help',
    description: 'List the commands, or explain one',
    args: [arg('command', 'A command name')],
    examples: ['help quote'],
  },
];
