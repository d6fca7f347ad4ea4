import { expect, test } from 'vitest';
import { startAdapter } from '../../fakes/discord/start-adapter.ts';
import { unusedBot } from '../../fakes/shared/unused-bot.ts';

test('DISCORD_SHARD_IDS / DISCORD_SHARD_COUNT: the client identifies as the chosen shard', async () => {
  const running = await startAdapter(unusedBot, { shards: { ids: [1], count: 2 } });
  try {
    expect((await running.fake.gateway.identified).shard).toEqual([1, 2]);
  } finally {
    await running.stop();
  }
});
