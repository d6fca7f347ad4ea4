import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { INVITE_PERMISSIONS } from '../../../adapters/discord/invite.ts';
import { checkDiscord, type DiscordCheckOptions } from '../../../adapters/doctor/discord-checks.ts';
import { CHANNEL_PERMISSIONS, channelPermissions } from '../../../adapters/doctor/discord-permissions.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { discordError, type FakeDiscordRest } from '../../fakes/discord/fake-rest.ts';
import { botUser, guildCreate } from '../../fakes/discord/payloads.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';

const TOKEN = 'good-token';
const COMMANDS = ['ask', 'search', 'summarize'];
const EMBED_ROLE = '940000000000000001';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(() => fake.close());

/**
 * The REST routes the doctor reads, answered as Discord would for a bot in the fake server.
 * The fake's own `GET /channels/{id}` serves the channels (one denies the bot Read Message
 * History). @everyone lacks Embed Links there; `withEmbedRole` gives the bot a role that has it.
 */
function world(
  rest: FakeDiscordRest,
  {
    withEmbedRole = true,
    applicationId = IDS.application as string,
    commands = COMMANDS,
  }: { withEmbedRole?: boolean; applicationId?: string; commands?: string[] } = {},
) {
  const everyone = guildCreate();
  const role = {
    ...everyone.roles[0],
    id: EMBED_ROLE,
    name: 'Sitrep',
    permissions: String(PermissionFlagsBits.EmbedLinks),
  };
  const guild = { ...everyone, roles: [...everyone.roles, role] };
  rest.respondOnce('GET', /^\/users\/@me$/, { status: 200, body: botUser });
  rest.respondOnce('GET', /^\/applications\/@me$/, {
    status: 200,
    body: { id: applicationId, name: 'Sitrep' },
  });
  rest.respondOnce('GET', /^\/applications\/\d+\/(guilds\/\d+\/)?commands$/, {
    status: 200,
    body: commands.map((name, i) => ({ id: String(i + 1), name, description: name })),
  });
  for (let i = 0; i < 4; i++)
    rest.respondOnce('GET', new RegExp(`^/guilds/${IDS.guild}$`), { status: 200, body: guild });
  for (let i = 0; i < 3; i++) {
    rest.respondOnce('GET', new RegExp(`^/guilds/${IDS.guild}/members/${IDS.botUser}$`), {
      status: 200,
      body: {
        user: botUser,
        roles: withEmbedRole ? [EMBED_ROLE] : [],
        joined_at: '2024-05-01T00:00:00.000Z',
      },
    });
  }
}

function options(
  overrides: Partial<DiscordCheckOptions['settings'] & object> = {},
  subscribedChannels: string[] = [],
): DiscordCheckOptions {
  return {
    settings: {
      token: TOKEN,
      applicationId: IDS.application,
      apiUrl: fake.rest.apiUrl,
      messageContent: true,
      ...overrides,
    },
    commandNames: COMMANDS,
    subscribedChannels,
  };
}

describe('sitrep doctor › Discord (against a fake Discord)', () => {
  test('a good setup: token, application, commands, server and channel permissions all ok', async () => {
    world(fake.rest);
    const section = await checkDiscord(options({ guildId: IDS.guild }, [IDS.channel]));
    expect(section.results.map((r) => [r.status, r.summary])).toEqual([
      ['ok', `DISCORD_TOKEN accepted: bot Sitrep (${IDS.botUser})`],
      ['ok', "DISCORD_APPLICATION_ID matches the token's application"],
      ['ok', `slash commands: all 3 registered in server ${IDS.guild}`],
      ['ok', 'DISCORD_GUILD_ID: the bot is in server Sitrep test server'],
      ['ok', '#briefings: the bot can post briefings'],
    ]);
    expect(fake.rest.matching('GET', /commands$/)[0]?.path).toBe(
      `/applications/${IDS.application}/guilds/${IDS.guild}/commands`,
    );
    expect(fake.rest.requests[0]?.authorization).toBe(`Bot ${TOKEN}`);
    expect(fake.rest.matching('POST', /./)).toEqual([]);
  });

  test('commands registered both in the server and globally warn that they show twice', async () => {
    world(fake.rest);
    fake.rest.respondOnce('GET', /^\/applications\/\d+\/commands$/, {
      status: 200,
      body: [{ id: '9', name: 'ask', description: 'ask' }],
    });
    const results = (await checkDiscord(options({ guildId: IDS.guild }))).results;
    expect(results.find((r) => r.status === 'warn')?.summary).toBe(
      'slash commands: 1 also registered globally, so the server shows them twice',
    );
  });

  test('a rejected token fails with how to reset it, and nothing else is tried', async () => {
    fake.rest.respondOnce('GET', /^\/users\/@me$/, discordError(401, 0, '401: Unauthorized'));
    const section = await checkDiscord(options());
    expect(section.results[0]).toMatchObject({
      status: 'fail',
      summary: 'DISCORD_TOKEN was rejected by Discord (401)',
    });
    expect(section.results[0]?.fix).toContain('Reset the token');
    expect(section.results[1]?.status).toBe('skip');
    expect(fake.rest.requests).toHaveLength(1);
  });

  test('an application id from another application fails; missing global commands fail with the register command', async () => {
    world(fake.rest, { applicationId: '999999999999999999', commands: ['ask'] });
    const [, app, commands] = (await checkDiscord(options())).results;
    expect(app).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('belongs to application 999999999999999999'),
    });
    expect(commands).toMatchObject({
      status: 'fail',
      summary: 'slash commands globally: 2 of 3 missing',
      details: ['missing: /search /summarize'],
    });
    expect(commands?.fix).toContain('npm run discord:register');
    expect(fake.rest.matching('GET', /commands$/)[0]?.path).toBe(`/applications/${IDS.application}/commands`);
  });

  test('channel permissions: a missing role permission, a denying overwrite and an unknown channel each fail', async () => {
    world(fake.rest, { withEmbedRole: false });
    const results = (
      await checkDiscord(options({}, [IDS.channel, IDS.noHistoryChannel, '920000000000000404']))
    ).results.slice(3);
    expect(results.map((r) => [r.status, r.summary])).toEqual([
      ['fail', '#briefings: the bot lacks Embed Links'],
      ['fail', '#announcements: the bot lacks Embed Links, Read Message History'],
      ['fail', 'channel 920000000000000404: the bot cannot see it (404 Unknown Channel)'],
    ]);
    // The server's roles and the bot's member are read once for both of its channels.
    expect(fake.rest.matching('GET', new RegExp(`^/guilds/${IDS.guild}/members/`))).toHaveLength(1);
  });

  test('not configured: skipped', async () => {
    expect(
      (await checkDiscord({ settings: undefined, commandNames: [], subscribedChannels: [] })).results[0]
        ?.status,
    ).toBe('skip');
  });
});

describe('channel permissions', () => {
  const guild = {
    id: 'g',
    owner_id: 'owner',
    roles: [
      { id: 'g', permissions: String(PermissionFlagsBits.ViewChannel) },
      { id: 'admin', permissions: String(PermissionFlagsBits.Administrator) },
    ],
  };
  const denyView = {
    permission_overwrites: [{ id: 'g', type: 0, allow: '0', deny: String(PermissionFlagsBits.ViewChannel) }],
  };

  test('the owner and Administrator get everything; otherwise overwrites apply in order', () => {
    const none = channelPermissions({ guild, member: { roles: [] }, channel: denyView, userId: 'bot' });
    expect(none & PermissionFlagsBits.ViewChannel).toBe(0n);
    const admin = channelPermissions({
      guild,
      member: { roles: ['admin'] },
      channel: denyView,
      userId: 'bot',
    });
    expect(admin & PermissionFlagsBits.ViewChannel).not.toBe(0n);
    const memberAllow = {
      permission_overwrites: [
        ...denyView.permission_overwrites,
        { id: 'bot', type: 1, allow: String(PermissionFlagsBits.ViewChannel), deny: '0' },
      ],
    };
    expect(
      channelPermissions({ guild, member: { roles: [] }, channel: memberAllow, userId: 'bot' }) &
        PermissionFlagsBits.ViewChannel,
    ).not.toBe(0n);
  });

  test('the doctor checks every permission the invite URL asks for', () => {
    const checked = Object.keys(CHANNEL_PERMISSIONS).map((name) => name.replaceAll(' ', ''));
    for (const asked of INVITE_PERMISSIONS.toArray()) expect(checked).toContain(asked);
  });
});
