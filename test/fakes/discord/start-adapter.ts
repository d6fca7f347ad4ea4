import { type DiscordAdapter, type DiscordOptions, startDiscord } from '../../../adapters/discord/main.ts';
import type { Bot } from '../../../src/bot/bot.ts';
import { silentLogger } from '../../../src/logger.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord.ts';
import { IDS } from './snowflakes.ts';

export const TEST_TOKEN = 'test-bot-token';

export interface RunningAdapter {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  /** Destroys the client, then closes the fakes: nothing is left open. */
  stop(): Promise<void>;
}

/**
 * The real Discord adapter (real discord.js Client) logged in to a fake Discord: a fresh one,
 * or `existing` (which the caller then closes, also when starting fails).
 */
export async function startAdapter(
  bot: Bot,
  options: Partial<DiscordOptions> = {},
  existing?: FakeDiscord,
): Promise<RunningAdapter> {
  const fake = existing ?? (await startFakeDiscord());
  try {
    const adapter = await startDiscord({
      bot,
      token: TEST_TOKEN,
      applicationId: IDS.application,
      apiUrl: fake.rest.apiUrl,
      logger: silentLogger,
      ...options,
    });
    return {
      fake,
      adapter,
      stop: async () => {
        await adapter.stop();
        await fake.close();
      },
    };
  } catch (error) {
    if (!existing) await fake.close();
    throw error;
  }
}
