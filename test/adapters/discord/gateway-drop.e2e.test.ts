import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Bot } from '../../../src/bot/bot.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { slashCommand } from '../../fakes/discord/payloads.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { createTestBot } from '../../support/test-bot.ts';

const original = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}/messages/@original$`);
const followUps = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}$`);

let release!: () => void;
const held = new Promise<void>((resolve) => {
  release = resolve;
});
let running: RunningAdapter;

beforeAll(async () => {
  const core = createTestBot();
  // Holds the answer until the test has dropped the gateway connection.
  const slow: Bot = {
    ...core,
    async handle(request): Promise<Reply> {
      await held;
      return core.handle(request);
    },
  };
  running = await startAdapter(slow);
});

afterAll(async () => {
  await running?.stop();
});

describe('a gateway disconnect while an answer is being worked out', () => {
  test('the answer still arrives, once', async () => {
    const { rest, gateway } = running.fake;
    const payload = slashCommand('search', [{ name: 'query', type: 3, value: 'Toulouse' }]);
    const deferred = rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`));
    gateway.dispatch('INTERACTION_CREATE', payload);
    await deferred;
    gateway.dropConnection();
    const edited = rest.waitFor('PATCH', original(payload.token));
    release();
    const [edit] = await edited;
    expect(edit?.status).toBe(200);
    expect(edit?.body.embeds[0].title).toMatch(/Toulouse/);
    expect(rest.matching('PATCH', original(payload.token))).toHaveLength(1);
    expect(rest.matching('POST', followUps(payload.token))).toHaveLength(0);
  });
});
