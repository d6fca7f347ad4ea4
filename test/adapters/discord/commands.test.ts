import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, test } from 'vitest';
import {
  autocompleteKindOf,
  type SlashCommand,
  toSlashCommands,
} from '../../../adapters/discord/commands.ts';
import type { CommandInfo } from '../../../src/bot/bot.ts';
import { SAMPLE_COMMANDS } from '../../fakes/discord/sample-commands.ts';
import { createTestBot } from '../../support/test-bot.ts';

const infos = SAMPLE_COMMANDS;
const commands = toSlashCommands(infos);
const byName = (name: string) => commands.find((command) => command.name === name);

describe('slash commands from the bot metadata', () => {
  test('registers every command of the bot, with its description, usable in servers and DMs', () => {
    expect(commands.map((c) => c.name)).toEqual([
      'ask',
      'summarize',
      'quote',
      'search',
      'digest',
      'sources',
      'help',
    ]);
    expect(byName('ask')).toMatchObject({
      type: 1,
      description: 'Answer a question from the knowledge base, citing the articles',
      integration_types: [0],
      contexts: [0, 1],
    });
  });

  test('turns each argument into a string option with its description and requiredness', () => {
    expect(byName('ask')?.options).toEqual([
      { type: 3, name: 'question', description: 'Your question, in plain words', required: true },
    ]);
    expect(byName('sources')?.options).toEqual([]);
  });

  test('asks Discord for autocomplete on article and speaker options', () => {
    expect(byName('summarize')?.options?.[0]).toMatchObject({ name: 'article', autocomplete: true });
    expect(byName('quote')?.options).toEqual([
      { type: 3, name: 'query', description: 'Words you remember, a topic, or a speaker', required: true },
      {
        type: 3,
        name: 'speaker',
        description: 'Only quotes by this person',
        required: false,
        autocomplete: true,
      },
    ]);
    expect(autocompleteKindOf(infos, 'quote', 'speaker')).toBe('speaker');
    expect(autocompleteKindOf(infos, 'quote', 'query')).toBeUndefined();
  });

  test('gives /digest one subcommand per action, each with its own options', () => {
    const digest = byName('digest');
    const layout = Object.fromEntries(
      (digest?.options ?? []).map((sub) => [
        sub.name,
        'options' in sub ? (sub.options ?? []).map((o) => `${o.name}:${o.type}`) : [],
      ]),
    );
    expect(layout).toEqual({
      show: ['since:3'],
      subscribe: ['time:3', 'timezone:3', 'topics:3', 'weekdays:5', 'quiet:5'],
      unsubscribe: [],
      status: [],
      now: [],
      preview: [],
    });
    expect(digest?.options?.every((sub) => sub.type === 1 && sub.description.length > 0)).toBe(true);
  });

  test('offers the command names as choices for /help command', () => {
    const option = byName('help')?.options?.[0];
    expect(option && 'choices' in option ? option.choices?.map((c) => c.value) : []).toEqual(
      infos.map((info) => info.name),
    );
  });

  test('puts required options before optional ones, as Discord requires', () => {
    const info: CommandInfo = {
      name: 'find',
      description: 'd',
      examples: [],
      args: [
        { name: 'limit', description: 'how many', required: false },
        { name: 'query', description: 'what', required: true },
      ],
    };
    expect(toSlashCommands([info])[0]?.options?.map((o) => o.name)).toEqual(['query', 'limit']);
  });

  test('keeps descriptions within 100 characters', () => {
    const long: CommandInfo = { name: 'long', description: 'd'.repeat(150), args: [], examples: [] };
    expect(toSlashCommands([long])[0]?.description).toHaveLength(100);
    for (const command of commands) expect(command.description.length).toBeLessThanOrEqual(100);
  });

  test('refuses a name Discord would reject, naming it', () => {
    const bad: CommandInfo = { name: 'Ask Me', description: 'd', args: [], examples: [] };
    expect(() => toSlashCommands([bad])).toThrow(/command “Ask Me” cannot be a Discord slash-command name/);
  });
});

describe('the real command registry as slash commands', () => {
  const real = createTestBot().commands();
  const slash = toSlashCommands(real);

  /** Discord's rules for command JSON, as problems ("digest show since: …"). */
  function problems(command: SlashCommand): string[] {
    const found: string[] = [];
    const check = (where: string, options: readonly APIApplicationCommandOption[]) => {
      if (options.length > 25) found.push(`${where}: more than 25 options`);
      let seenOptional = false;
      for (const option of options) {
        const at = `${where} ${option.name}`;
        if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(option.name)) found.push(`${at}: bad name`);
        if (option.description.length < 1 || option.description.length > 100)
          found.push(`${at}: description length`);
        if (option.type === ApplicationCommandOptionType.Subcommand) {
          check(at, option.options ?? []);
          continue;
        }
        const required = 'required' in option && option.required === true;
        if (required && seenOptional) found.push(`${at}: required after optional`);
        seenOptional ||= !required;
        if ('choices' in option && option.choices && option.choices.length > 25)
          found.push(`${at}: >25 choices`);
      }
    };
    if (command.description.length < 1 || command.description.length > 100)
      found.push(`${command.name}: description`);
    check(command.name, command.options ?? []);
    return found;
  }

  test('follow every Discord rule for names, descriptions and option order', () => {
    expect(slash.flatMap(problems)).toEqual([]);
    expect(slash.length).toBeLessThanOrEqual(100);
  });

  test('offer every argument of every command except the action and text-only catch-all of digest and gaps', () => {
    const offered = (command: SlashCommand): string[] =>
      (command.options ?? []).flatMap((option) =>
        option.type === ApplicationCommandOptionType.Subcommand
          ? (option.options ?? []).map((o) => o.name)
          : [option.name],
      );
    const missing = real.flatMap((info) => {
      const names = new Set(offered(slash.find((c) => c.name === info.name) as SlashCommand));
      return info.args.filter((arg) => !names.has(arg.name)).map((arg) => `${info.name} ${arg.name}`);
    });
    expect(missing).toEqual(['digest action', 'digest options', 'gaps action', 'gaps options']);
  });
});
