import { ApplicationCommandOptionType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, test } from 'vitest';
import {
  type MentionMessage,
  mentionToRequest,
  type SlashInvocation,
  slashToRequest,
  withoutMention,
} from '../../../adapters/discord/to-request.ts';
import { createTestBot } from '../../support/test-bot.ts';

const user = { id: 'u1', username: 'ana', globalName: 'Ana' };

function invocation(overrides: Partial<SlashInvocation> = {}): SlashInvocation {
  return {
    commandName: 'ask',
    channelId: 'c1',
    guildId: 'g1',
    channel: { name: 'briefings' },
    user,
    memberPermissions: new PermissionsBitField(PermissionFlagsBits.SendMessages),
    options: { data: [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'Where?' }] },
    ...overrides,
  };
}

describe('slash command → request', () => {
  test('maps the command, options, channel and user', () => {
    expect(slashToRequest(invocation())).toEqual({
      command: 'ask',
      args: { question: 'Where?' },
      channel: { platform: 'discord', id: 'c1', workspaceId: 'g1', name: 'briefings' },
      user: { id: 'u1', name: 'Ana', canManageChannel: false, isAdmin: false },
    });
  });

  test('passes a subcommand as the action and booleans as "true"/"false"', () => {
    const request = slashToRequest(
      invocation({
        commandName: 'digest',
        options: {
          data: [
            {
              name: 'subscribe',
              type: ApplicationCommandOptionType.Subcommand,
              options: [
                { name: 'time', type: ApplicationCommandOptionType.String, value: '08:00' },
                { name: 'weekdays', type: ApplicationCommandOptionType.Boolean, value: false },
              ],
            },
          ],
        },
      }),
    );
    expect(request.args).toEqual({ action: 'subscribe', time: '08:00', weekdays: 'false' });
  });

  test.each([
    ['Manage Channels', PermissionFlagsBits.ManageChannels, true],
    ['Manage Server', PermissionFlagsBits.ManageGuild, true],
    ['Administrator', PermissionFlagsBits.Administrator, true],
    ['Send Messages only', PermissionFlagsBits.SendMessages, false],
  ])('a member with %s may manage the channel: %s', (_name, permission, expected) => {
    const request = slashToRequest(invocation({ memberPermissions: new PermissionsBitField(permission) }));
    expect(request.user.canManageChannel).toBe(expected);
  });

  test.each([
    ['Manage Channels', PermissionFlagsBits.ManageChannels, false],
    ['Manage Server', PermissionFlagsBits.ManageGuild, true],
    ['Administrator', PermissionFlagsBits.Administrator, true],
  ])('a member with %s is a Sitrep admin (feedback, gaps): %s', (_name, permission, expected) => {
    const request = slashToRequest(invocation({ memberPermissions: new PermissionsBitField(permission) }));
    expect(request.user.isAdmin).toBe(expected);
  });

  test('in a DM with the bot the user manages the conversation, administers nothing; there is no workspace', () => {
    const request = slashToRequest(invocation({ guildId: null, memberPermissions: null, channel: null }));
    expect(request.user.canManageChannel).toBe(true);
    expect(request.user.isAdmin).toBe(false);
    expect(request.channel).toEqual({ platform: 'discord', id: 'c1' });
  });
});

describe('mention → request', () => {
  const bot = createTestBot();
  const message = (content: string, overrides: Partial<MentionMessage> = {}): MentionMessage => ({
    content,
    channelId: 'c1',
    guildId: 'g1',
    author: user,
    member: { permissions: new PermissionsBitField(PermissionFlagsBits.ManageChannels) },
    ...overrides,
  });

  test('reads the text after the mention the way typed text is read', () => {
    expect(mentionToRequest(message('<@42> Where was it held?'), '42', bot)).toMatchObject({
      command: 'ask',
      args: { question: 'Where was it held?' },
      channel: { platform: 'discord', id: 'c1', workspaceId: 'g1' },
      user: { id: 'u1', canManageChannel: true },
    });
    expect(mentionToRequest(message('<@!42>, search toulouse'), '42', bot)).toMatchObject({
      command: 'search',
      args: { query: 'toulouse' },
    });
  });

  test('answers a bare mention with help', () => {
    expect(mentionToRequest(message('<@42>'), '42', bot)).toMatchObject({ command: 'help', args: {} });
  });

  test('removes only the bot’s own mention', () => {
    expect(withoutMention('<@42>: ask about <@7> please', '42')).toBe('ask about <@7> please');
  });

  test('denies managing the channel when the member’s permissions cannot be resolved', () => {
    const unresolvable = {
      get permissions(): PermissionsBitField {
        throw new Error('roles not cached');
      },
    };
    expect(
      mentionToRequest(message('<@42> hi', { member: unresolvable }), '42', bot).user.canManageChannel,
    ).toBe(false);
  });
});
