import type { Command as Commander } from 'commander';
import type { Bot, CommandInfo } from '../../src/bot/bot.ts';
import { createRegistry } from '../../src/commands/registry.ts';
import { type Config, ConfigError, type DiscordSettings } from '../../src/config.ts';
import { plural } from '../../src/text/plural.ts';
import { inviteUrl } from './invite.ts';
import { registerCommands } from './register.ts';

/**
 * `sitrep discord register` (also `npm run discord:register`) and `sitrep discord invite`.
 * Registration reads the command metadata that drives help, without opening the knowledge base.
 */
export function registerDiscordCli(program: Commander, config: () => Config): void {
  const discord = program
    .command('discord')
    .description('Discord: register the slash commands, print the invite URL');
  discord
    .command('register')
    .description(
      'Register the slash commands: in the DISCORD_GUILD_ID server at once when it is set, else globally. ' +
        'One PUT of the whole set, so running it again is safe.',
    )
    .action(async () => {
      const settings = discordSettings(config());
      const { scope, names } = await registerCommands({ ...settings, bot: registryBot() });
      const where = scope === 'guild' ? `in server ${settings.guildId}` : 'globally';
      process.stdout.write(
        `Registered ${plural(names.length, 'command')} ${where}: ${names.map((n) => `/${n}`).join(' ')}\n`,
      );
    });
  discord
    .command('invite')
    .description(
      'Print the URL that adds the bot to a server with exactly the permissions it needs (needs only DISCORD_APPLICATION_ID)',
    )
    .action(() => {
      process.stdout.write(`${inviteUrl(applicationIdOf(config()))}\n`);
    });
}

function discordSettings(config: Config): DiscordSettings {
  if (!config.discord) {
    throw new ConfigError(
      'DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set (in the environment or .env); see docs/discord.md.',
    );
  }
  return config.discord;
}

/** The invite names the application only, so it works before the bot token is set up. */
function applicationIdOf(config: Config): string {
  if (!config.discordApplicationId) {
    throw new ConfigError(
      'DISCORD_APPLICATION_ID must be set (in the environment or .env). Copy the Application ID from the Developer Portal › General Information.',
    );
  }
  return config.discordApplicationId;
}

/** The same metadata `bot.commands()` returns, straight from the command registry. */
function registryBot(): Pick<Bot, 'commands'> {
  return {
    commands: (): CommandInfo[] =>
      createRegistry()
        .list()
        .map(({ name, description, args, examples }) => ({ name, description, args, examples })),
  };
}
