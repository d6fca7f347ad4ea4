import { existsSync } from 'node:fs';
import type { Command as Commander } from 'commander';
import { createRegistry } from '../../src/commands/registry.ts';
import { type Config, ConfigError } from '../../src/config.ts';
import { type CheckSection, fail } from '../../src/doctor/check-result.ts';
import { checkInstall } from '../../src/doctor/install-checks.ts';
import { checkNodeVersion } from '../../src/doctor/node-version.ts';
import { exitCodeOf, renderReport } from '../../src/doctor/report.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { toSlashCommands } from '../discord/commands.ts';
import { checkDiscord } from './discord-checks.ts';
import { checkSlack } from './slack-checks.ts';

/** `sitrep doctor`: what a new install gets wrong, each with its fix, on one screen. */
export function registerDoctorCli(program: Commander, config: () => Config): void {
  program
    .command('doctor')
    .description(
      'Check the install and the configured platforms (tokens, scopes, commands, permissions) and say how to fix each problem; exit 0 when all is in order',
    )
    .action(async () => {
      const sections = await runDoctor(config);
      process.stdout.write(renderReport(sections));
      process.exitCode = exitCodeOf(sections);
    });
}

export async function runDoctor(config: () => Config): Promise<CheckSection[]> {
  let settings: Config;
  try {
    settings = config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const [first, ...rest] = error.message.split('\n');
    return [
      {
        title: 'Configuration',
        results: [
          checkNodeVersion(),
          fail(
            first ?? 'invalid configuration',
            'Fix these in .env (see .env.example).',
            rest.map((line) => line.trim()).filter((line) => line && !line.startsWith('See .env.example')),
          ),
        ],
      },
    ];
  }
  const [install, slack, discord] = await Promise.all([
    checkInstall(settings),
    checkSlack(settings.slack, settings.slack ? subscribedChannels(settings.databasePath, 'slack') : []),
    checkDiscord({
      settings: settings.discord,
      commandNames: slashCommandNames(),
      subscribedChannels: settings.discord ? subscribedChannels(settings.databasePath, 'discord') : [],
    }),
  ]);
  return [install, slack, discord];
}

function slashCommandNames(): string[] {
  const infos = createRegistry()
    .list()
    .map(({ name, description, args, examples }) => ({ name, description, args, examples }));
  return toSlashCommands(infos).map((command) => command.name);
}

/** Channel ids with a briefing on `platform`; none when there is no database yet (doctor never creates one). */
function subscribedChannels(databasePath: string, platform: string): string[] {
  if (!existsSync(databasePath)) return [];
  const store = new SqliteStore(databasePath);
  try {
    return store
      .listSubscriptions()
      .filter((s) => s.channel.platform === platform && s.enabled)
      .map((s) => s.channel.id);
  } finally {
    store.close();
  }
}
