import { Command } from 'commander';
import { GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerDiscordCli } from '../../../adapters/discord/cli.ts';
import { toSlashCommands } from '../../../adapters/discord/commands.ts';
import { INVITE_PERMISSIONS, inviteUrl } from '../../../adapters/discord/invite.ts';
import { startDiscord } from '../../../adapters/discord/main.ts';
import { registerCommands } from '../../../adapters/discord/register.ts';
import { explainUnreachable } from '../../../adapters/discord/unreachable.ts';
import type { Config } from '../../../src/config.ts';
import { silentLogger } from '../../../src/logger.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { fixedBot } from '../../fakes/discord/fixed-bot.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { startAdapter, TEST_TOKEN } from '../../fakes/discord/start-adapter.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.restoreAllMocks();
});

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await startFakeDiscord();
  cleanups.push(() => fake.close());
  return fake;
}

describe('registering the slash commands', () => {
  test('PUTs the whole command set globally, authorized as the bot', async () => {
    const { rest } = await fakeDiscord();
    const bot = fixedBot();
    const result = await registerCommands({
      token: TEST_TOKEN,
      applicationId: IDS.application,
      apiUrl: rest.apiUrl,
      bot,
    });
    const [put] = rest.matching('PUT', /commands$/);
    expect(put?.path).toBe(`/applications/${IDS.application}/commands`);
    expect(put?.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(toSlashCommands(bot.commands()))));
    expect(put?.body[0]).toEqual({
      type: 1,
      name: 'ask',
      description: 'Answer a question from the knowledge base, citing the articles',
      options: [{ type: 3, name: 'question', description: 'Your question, in plain words', required: true }],
      integration_types: [0],
      contexts: [0, 1],
    });
    expect(result).toEqual({
      scope: 'global',
      names: ['ask', 'summarize', 'quote', 'search', 'digest', 'sources', 'help'],
    });
  });

  test('registers in one server when a guild id is given, and the same set again when rerun', async () => {
    const { rest } = await fakeDiscord();
    const options = {
      token: TEST_TOKEN,
      applicationId: IDS.application,
      guildId: IDS.guild,
      apiUrl: rest.apiUrl,
      bot: fixedBot(),
    };
    await registerCommands(options);
    await registerCommands(options);
    const puts = rest.matching('PUT', /commands$/);
    expect(puts.map((p) => p.path)).toEqual([
      `/applications/${IDS.application}/guilds/${IDS.guild}/commands`,
      `/applications/${IDS.application}/guilds/${IDS.guild}/commands`,
    ]);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
  });

  test.each([
    [
      { status: 401, body: { message: '401: Unauthorized', code: 0 } },
      /^Discord rejected DISCORD_TOKEN\. Reset the token/,
    ],
    [
      { status: 403, body: { message: 'Missing Access', code: 50001 } },
      /^Discord refused to register commands in server \d+: the bot is not in that server/,
    ],
  ])('a refusal is explained with what to do (%#)', async (response, explanation) => {
    const { rest } = await fakeDiscord();
    rest.respondOnce('PUT', /commands$/, response);
    const options = {
      token: TEST_TOKEN,
      applicationId: IDS.application,
      guildId: IDS.guild,
      apiUrl: rest.apiUrl,
    };
    await expect(registerCommands({ ...options, bot: fixedBot() })).rejects.toThrow(explanation);
  });

  test('`sitrep discord register` registers the real command registry and says where', async () => {
    const { rest } = await fakeDiscord();
    const output = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const program = new Command('sitrep').exitOverride();
    const config = {
      discord: {
        token: TEST_TOKEN,
        applicationId: IDS.application,
        guildId: IDS.guild,
        apiUrl: rest.apiUrl,
        messageContent: true,
      },
    } as Config;
    registerDiscordCli(program, () => config);
    await program.parseAsync(['discord', 'register'], { from: 'user' });
    const [put] = rest.matching('PUT', /commands$/);
    const names = put?.body.map((c: { name: string }) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['ask', 'summarize', 'quote', 'search', 'digest', 'sources', 'help']),
    );
    expect(output).toHaveBeenCalledWith(
      expect.stringMatching(new RegExp(`^Registered ${names.length} commands in server ${IDS.guild}: /ask`)),
    );
  });
});

describe('starting the adapter', () => {
  test('asks only for non-privileged intents; mentions add guild and DM messages', async () => {
    const withMentions = await startAdapter(fixedBot());
    cleanups.push(withMentions.stop);
    const slashOnly = await startAdapter(fixedBot(), { messageContent: false });
    cleanups.push(slashOnly.stop);
    const bits = GatewayIntentBits;
    expect((await withMentions.fake.gateway.identified).intents).toBe(
      bits.Guilds | bits.GuildMessages | bits.DirectMessages,
    );
    expect((await slashOnly.fake.gateway.identified).intents).toBe(bits.Guilds);
    expect((await withMentions.fake.gateway.identified).token).toBe(TEST_TOKEN);
  });

  test('registers the commands in the trial server before connecting when a guild id is set', async () => {
    const running = await startAdapter(fixedBot(), { guildId: IDS.guild });
    cleanups.push(running.stop);
    const paths = running.fake.rest.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths.slice(0, 2)).toEqual([
      `PUT /applications/${IDS.application}/guilds/${IDS.guild}/commands`,
      'GET /gateway/bot',
    ]);
  });

  test('a rejected token fails with what to do about it', async () => {
    const fake = await fakeDiscord();
    fake.rest.respondOnce('GET', /^\/gateway\/bot$/, {
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    });
    await expect(startAdapter(fixedBot(), {}, fake)).rejects.toThrow(
      /Discord rejected DISCORD_TOKEN\. Reset the token/,
    );
  });
});

describe('when Discord cannot be reached', () => {
  // `.invalid` never resolves (RFC 2606), and nothing listens on port 1: both fail at once, offline.
  const unresolvable = 'http://sitrep-test.invalid/api';
  const refused = 'http://127.0.0.1:1/api';

  test('a host name that does not resolve is explained, naming the address and the setting', async () => {
    const failure = startDiscord({
      bot: fixedBot(),
      token: TEST_TOKEN,
      applicationId: IDS.application,
      apiUrl: unresolvable,
      logger: silentLogger,
    });
    await expect(failure).rejects.toThrow(
      `Could not reach Discord at ${unresolvable}: its host name could not be looked up (no network, or DNS cannot resolve it), ENOTFOUND. Check DISCORD_API_URL`,
    );
  });

  test('a refused connection is explained too, also when registering the commands', async () => {
    const options = {
      token: TEST_TOKEN,
      applicationId: IDS.application,
      guildId: IDS.guild,
      apiUrl: refused,
    };
    await expect(registerCommands({ ...options, bot: fixedBot() })).rejects.toThrow(
      /^Could not reach Discord at http:\/\/127\.0\.0\.1:1\/api: the connection was refused, ECONNREFUSED\./,
    );
    await expect(startDiscord({ ...options, bot: fixedBot(), logger: silentLogger })).rejects.toThrow(
      /^Could not reach Discord at .*the connection was refused/,
    );
  });

  test('without DISCORD_API_URL the message points at the network, not at a setting', () => {
    const dnsFailure = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
    const explained = explainUnreachable(new TypeError('fetch failed', { cause: dnsFailure }), undefined);
    expect((explained as Error).message).toBe(
      'Could not reach Discord at https://discord.com/api: its host name could not be looked up (no network, or DNS cannot resolve it), ENOTFOUND. ' +
        'Check the network connection, DNS and any proxy or firewall (DISCORD_API_URL sets another address).',
    );
    const other = new Error('something else');
    expect(explainUnreachable(other, undefined)).toBe(other);
  });
});

describe('the invite URL', () => {
  test('asks for the bot and applications.commands scopes with Send Messages, Embed Links and Read Message History', () => {
    expect(INVITE_PERMISSIONS.toArray()).toEqual(['SendMessages', 'EmbedLinks', 'ReadMessageHistory']);
    expect(INVITE_PERMISSIONS.bitfield).toBe(83968n);
    expect(inviteUrl(IDS.application)).toBe(
      `https://discord.com/oauth2/authorize?client_id=${IDS.application}&scope=bot+applications.commands&permissions=83968`,
    );
  });

  test('`sitrep discord invite` needs only the application id, not the bot token', async () => {
    const output = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const invite = (config: Partial<Config>) => {
      const program = new Command('sitrep').exitOverride();
      registerDiscordCli(program, () => config as Config);
      return program.parseAsync(['discord', 'invite'], { from: 'user' });
    };
    await invite({ discordApplicationId: IDS.application });
    expect(output).toHaveBeenCalledWith(`${inviteUrl(IDS.application)}\n`);
    await expect(invite({})).rejects.toThrow(/^DISCORD_APPLICATION_ID must be set/);
  });
});
