import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { DiscordSettings } from '../../src/config.ts';
import {
  type CheckResult,
  type CheckSection,
  fail,
  foldInOrder,
  ok,
  skip,
  warn,
} from '../../src/doctor/check-result.ts';
import { channelPermissions, missingPermissions, type PermissionInputs } from './discord-permissions.ts';

export interface DiscordCheckOptions {
  settings: DiscordSettings | undefined;
  /** The slash command names Sitrep registers (from the command registry). */
  commandNames: string[];
  /** Discord channel ids with a daily briefing subscription. */
  subscribedChannels: string[];
}

const TOKEN_FIX = 'Reset the token under Developer Portal › Bot and put the new one in DISCORD_TOKEN.';
const REGISTER_FIX = 'Run `npm run discord:register` (same as `npx sitrep discord register`).';

/**
 * Discord, as configured, over REST only (no gateway connection): the token is accepted, it
 * belongs to DISCORD_APPLICATION_ID, the slash commands are registered where Sitrep expects
 * them, and the bot can see, post, embed and read history in every subscribed channel.
 */
export async function checkDiscord(options: DiscordCheckOptions): Promise<CheckSection> {
  const { settings } = options;
  if (!settings) {
    return {
      title: 'Discord',
      results: [skip('not configured (DISCORD_TOKEN is not set; see docs/discord.md)')],
    };
  }
  const rest = new REST({
    version: '10',
    retries: 0,
    timeout: 10_000,
    ...(settings.apiUrl ? { api: settings.apiUrl } : {}),
  });
  rest.setToken(settings.token);
  try {
    return { title: 'Discord', results: await runChecks(rest, settings, options) };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

async function runChecks(
  rest: REST,
  settings: DiscordSettings,
  options: DiscordCheckOptions,
): Promise<CheckResult[]> {
  let bot: { id: string; username: string };
  try {
    bot = (await rest.get(Routes.user('@me'))) as { id: string; username: string };
  } catch (error) {
    const refused = error instanceof DiscordAPIError && error.status === 401;
    return [
      fail(
        refused
          ? 'DISCORD_TOKEN was rejected by Discord (401)'
          : `Discord could not be reached (${reason(error)})`,
        refused ? TOKEN_FIX : 'Check the network, or DISCORD_API_URL if you use a proxy.',
      ),
      skip('application, commands and channel permissions: not checked (the token must work first)'),
    ];
  }
  const results = [ok(`DISCORD_TOKEN accepted: bot ${bot.username} (${bot.id})`)];
  results.push(await applicationMatches(rest, settings));
  results.push(await commandsRegistered(rest, settings, options.commandNames));
  if (settings.guildId) {
    results.push(await inGuild(rest, settings.guildId));
    const twice = await alsoGlobal(rest, settings.applicationId, options.commandNames);
    if (twice) results.push(twice);
  }
  results.push(...(await channelChecks(rest, bot.id, options.subscribedChannels)));
  return results;
}

async function applicationMatches(rest: REST, settings: DiscordSettings): Promise<CheckResult> {
  try {
    const app = (await rest.get(Routes.currentApplication())) as { id: string; name?: string };
    if (app.id === settings.applicationId)
      return ok(`DISCORD_APPLICATION_ID matches the token's application`);
    return fail(
      `DISCORD_APPLICATION_ID is ${settings.applicationId}, but the token belongs to application ${app.id}`,
      'Copy the Application ID from the same application as the token (Developer Portal › General Information).',
    );
  } catch (error) {
    return warn(`application: could not be read (${reason(error)})`, 'Check DISCORD_APPLICATION_ID by hand.');
  }
}

async function commandsRegistered(
  rest: REST,
  settings: DiscordSettings,
  expected: string[],
): Promise<CheckResult> {
  const where = settings.guildId ? `in server ${settings.guildId}` : 'globally';
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  let names: string[];
  try {
    names = ((await rest.get(route)) as Array<{ name: string }>).map((command) => command.name);
  } catch (error) {
    return fail(`slash commands ${where}: could not be listed (${reason(error)})`, REGISTER_FIX);
  }
  const missing = expected.filter((name) => !names.includes(name));
  const extra = names.filter((name) => !expected.includes(name));
  if (missing.length === 0 && extra.length === 0)
    return ok(`slash commands: all ${expected.length} registered ${where}`);
  const details = [
    ...(missing.length > 0 ? [`missing: ${missing.map((n) => `/${n}`).join(' ')}`] : []),
    ...(extra.length > 0 ? [`no longer Sitrep's: ${extra.map((n) => `/${n}`).join(' ')}`] : []),
  ];
  return missing.length > 0
    ? fail(`slash commands ${where}: ${missing.length} of ${expected.length} missing`, REGISTER_FIX, details)
    : warn(`slash commands ${where}: out of date`, REGISTER_FIX, details);
}

/**
 * Commands registered in the server and globally show twice in that server. Only a finding is
 * reported: when the global list cannot be read, the server's commands were checked already.
 */
async function alsoGlobal(
  rest: REST,
  applicationId: string,
  expected: string[],
): Promise<CheckResult | undefined> {
  try {
    const global = (await rest.get(Routes.applicationCommands(applicationId))) as Array<{ name: string }>;
    const doubled = global.map((command) => command.name).filter((name) => expected.includes(name));
    if (doubled.length === 0) return undefined;
    return warn(
      `slash commands: ${doubled.length} also registered globally, so the server shows them twice`,
      'Remove the global set (register once without DISCORD_GUILD_ID, then delete the commands) or unset DISCORD_GUILD_ID.',
    );
  } catch {
    return undefined;
  }
}

async function inGuild(rest: REST, guildId: string): Promise<CheckResult> {
  try {
    const guild = (await rest.get(Routes.guild(guildId))) as { name: string };
    return ok(`DISCORD_GUILD_ID: the bot is in server ${guild.name}`);
  } catch (error) {
    return fail(
      `DISCORD_GUILD_ID: the bot is not in server ${guildId} (${reason(error)})`,
      'Add the bot with the URL from `npx sitrep discord invite`, or fix DISCORD_GUILD_ID.',
    );
  }
}

async function channelChecks(rest: REST, botId: string, channels: string[]): Promise<CheckResult[]> {
  if (channels.length === 0)
    return [skip('channel permissions: no Discord channel subscribes to the briefing yet')];
  // Channels of one server share its roles and the bot's member: read those once per server.
  const servers = new Map<string, Promise<[PermissionInputs['guild'], PermissionInputs['member']]>>();
  const serverOf = (guildId: string) => {
    let found = servers.get(guildId);
    if (!found) {
      found = Promise.all([
        rest.get(Routes.guild(guildId)) as Promise<PermissionInputs['guild']>,
        rest.get(Routes.guildMember(guildId, botId)) as Promise<PermissionInputs['member']>,
      ]);
      servers.set(guildId, found);
    }
    return found;
  };
  const results = await Promise.all(channels.map((id) => channelCheck(rest, botId, id, serverOf)));
  return foldInOrder(results, (count) => `${count} subscribed channels: the bot can post briefings`);
}

async function channelCheck(
  rest: REST,
  botId: string,
  channelId: string,
  serverOf: (guildId: string) => Promise<[PermissionInputs['guild'], PermissionInputs['member']]>,
): Promise<CheckResult> {
  try {
    const channel = (await rest.get(Routes.channel(channelId))) as PermissionInputs['channel'] & {
      name?: string;
      guild_id?: string;
    };
    const label = channel.name ? `#${channel.name}` : channelId;
    if (!channel.guild_id) return ok(`${label}: a direct message (no permissions needed)`);
    const [guild, member] = await serverOf(channel.guild_id);
    const missing = missingPermissions(channelPermissions({ guild, member, channel, userId: botId }));
    if (missing.length === 0) return ok(`${label}: the bot can post briefings`);
    return fail(
      `${label}: the bot lacks ${missing.join(', ')}`,
      `In the channel's settings › Permissions, allow ${missing.join(', ')} for the bot (or its role).`,
    );
  } catch (error) {
    return fail(
      `channel ${channelId}: the bot cannot see it (${reason(error)})`,
      'Add the bot to the channel, or unsubscribe it with /digest unsubscribe.',
    );
  }
}

function reason(error: unknown): string {
  if (error instanceof DiscordAPIError) return `${error.status} ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
