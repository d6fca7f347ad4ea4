import { describe, expect, test } from 'vitest';
import { parseText } from '../../src/bot/parse-text.ts';
import { createRegistry } from '../../src/commands/registry.ts';

const registry = createRegistry();
const parse = (text: string) => parseText(text, registry);

describe('parseText', () => {
  test('text that names no command is a question', () => {
    expect(parse("Where was NATO's first Space Symposium held?")).toEqual({
      command: 'ask',
      args: { question: "Where was NATO's first Space Symposium held?" },
    });
  });

  test('a question that starts like a command word is still a question', () => {
    expect(parse('who said space is hard?').command).toBe('ask');
  });

  test('the first word names the command and the rest fills its arguments', () => {
    expect(parse('summarize Partners to Win --sentences 2')).toEqual({
      command: 'summarize',
      args: { article: 'Partners to Win', sentences: '2' },
    });
    expect(parse('quote space is hard --speaker "Thomas James"')).toEqual({
      command: 'quote',
      args: { query: 'space is hard', speaker: 'Thomas James' },
    });
    expect(parse('/search carrier strike group --limit 3')).toEqual({
      command: 'search',
      args: { query: 'carrier strike group', limit: '3' },
    });
  });

  test('aliases map to their command', () => {
    expect(parse('summarise 000_7d9d51401f966fbd').command).toBe('summarize');
    expect(parse('briefing 7d')).toEqual({ command: 'digest', args: { action: '7d' } });
  });

  test('digest subcommands keep the action and the options', () => {
    expect(parse('digest subscribe 08:00 Europe/Brussels space')).toEqual({
      command: 'digest',
      args: { action: 'subscribe', options: '08:00 Europe/Brussels space' },
    });
  });

  test('a near miss of a command name is kept so the bot can suggest the right one', () => {
    expect(parse('serch space')).toEqual({ command: 'serch', args: {} });
    expect(registry.suggest('serch')).toContain('search');
  });
});
