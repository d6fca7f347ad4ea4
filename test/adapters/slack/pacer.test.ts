import { describe, expect, test } from 'vitest';
import { createChannelPacer } from '../../../adapters/slack/pacer.ts';

describe('channel pacer', () => {
  test('spaces posts to one channel a second apart and lets other channels go at once', async () => {
    let now = 10_000;
    const waits: number[] = [];
    const pace = createChannelPacer({
      now: () => now,
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    await pace('C1');
    await pace('C1');
    await pace('C1');
    await pace('C2');
    expect(waits).toEqual([1_000, 2_000]);
    now += 5_000;
    await pace('C1');
    expect(waits).toEqual([1_000, 2_000]);
  });
});
