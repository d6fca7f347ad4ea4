import { DiscordAPIError, REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { Bot } from '../../src/bot/bot.ts';
import { type SlashCommand, toSlashCommands } from './commands.ts';
import { explainUnreachable } from './unreachable.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this server only: changes show at once. Without it commands are global. */
  guildId?: string;
  /** REST base URL (default https://discord.com/api); tests and proxies set it. */
  apiUrl?: string;
  bot: Pick<Bot, 'commands'>;
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  /** The commands Discord now has, by name. */
  names: string[];
}

/**
 * Replaces the application's slash commands with those derived from `bot.commands()`,
 * in one PUT of the whole set: running it again with the same commands changes nothing,
 * and commands the bot no longer has disappear. Rejects with what to do when Discord refuses.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const body = toSlashCommands(options.bot.commands());
  const rest = new REST({ version: '10', ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  rest.setToken(options.token);
  try {
    const route = options.guildId
      ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
      : Routes.applicationCommands(options.applicationId);
    const registered = (await rest.put(route, { body })) as SlashCommand[];
    return { scope: options.guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
  } catch (error) {
    throw explainRefusal(error, options.guildId, options.apiUrl);
  } finally {
    // The sweepers are unref'd timers, but a short-lived script should leave nothing behind.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

function explainRefusal(error: unknown, guildId: string | undefined, apiUrl: string | undefined): unknown {
  if (!(error instanceof DiscordAPIError)) return explainUnreachable(error, apiUrl);
  if (error.status === 401) {
    return new Error(
      'Discord rejected DISCORD_TOKEN. Reset the token under Developer Portal › Bot and update .env.',
      { cause: error },
    );
  }
  if (error.code === RESTJSONErrorCodes.MissingAccess && guildId) {
    return new Error(
      `Discord refused to register commands in server ${guildId}: the bot is not in that server, or was ` +
        'added without the applications.commands scope. Add it with the URL from `sitrep discord invite`.',
      { cause: error },
    );
  }
  return new Error(`Discord refused the command registration: ${error.message} (code ${error.code}).`, {
    cause: error,
  });
}
