import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PERMISSIONS, slashCommand } from '../../fakes/discord/payloads.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { createTestBot } from '../../support/test-bot.ts';

const original = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}/messages/@original$`);
const followUps = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}$`);

let running: RunningAdapter;

beforeAll(async () => {
  running = await startAdapter(createTestBot({ schedules: true }));
});

afterAll(async () => {
  await running?.stop();
});

const subscribe = (permissions: string) =>
  slashCommand(
    'digest',
    [{ name: 'subscribe', type: 1, options: [{ name: 'time', type: 3, value: '07:30' }] }],
    permissions,
  );

describe('who may change a Discord channel’s briefing (real discord.js, real subscription service)', () => {
  test('a member without Manage Channels gets a polite refusal only they can see', async () => {
    const payload = subscribe(PERMISSIONS.member);
    const answered = running.fake.rest.waitFor('POST', followUps(payload.token));
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const [followUp] = await answered;
    expect(followUp?.body.flags).toBe(64);
    const text = JSON.stringify(followUp?.body.embeds);
    expect(text).toContain('digest.forbidden');
    expect(text).toMatch(/channel manager/i);
  });

  test('a channel manager subscribes the channel', async () => {
    const payload = subscribe(PERMISSIONS.channelManager);
    const edited = running.fake.rest.waitFor('PATCH', original(payload.token));
    running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
    const [edit] = await edited;
    const text = JSON.stringify(edit?.body.embeds);
    expect(text).toContain('Daily briefing on');
    expect(text).toContain('07:30 UTC');
  });
});
