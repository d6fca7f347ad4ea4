import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deliveryNonce } from '../../../adapters/discord/delivery-nonce.ts';
import type { ChannelRef } from '../../../src/bot/request.ts';
import { fixedBot } from '../../fakes/discord/fixed-bot.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { deliveryFailureOf } from '../../fakes/shared/delivery-failure.ts';
import { everyKind } from './sample-replies.ts';

const briefings: ChannelRef = { platform: 'discord', id: IDS.channel, workspaceId: IDS.guild };
const posts = /^\/channels\/\d+\/messages$/;

let running: RunningAdapter;

beforeAll(async () => {
  // A short REST timeout stands in for discord.js's 15 s one.
  running = await startAdapter(fixedBot(), { restTimeoutMs: 300 });
});

afterAll(async () => {
  await running?.stop();
});

describe('a scheduled post whose answer never comes', () => {
  test('is made once: no library retry, and the resend with the same nonce returns the first message', async () => {
    const { rest } = running.fake;
    const meta = { idempotencyKey: `discord:${IDS.channel}:2024-05-06` };
    const before = rest.messages.count(IDS.channel);
    rest.respondOnce('POST', posts, { status: 200, acceptSilently: true });

    const failure = await deliveryFailureOf(running.adapter.deliver(briefings, everyKind.digest, meta));
    expect(failure.failure).toBe('transient');
    expect(rest.messages.count(IDS.channel)).toBe(before + 1);
    expect(rest.matching('POST', posts)).toHaveLength(1);

    // The scheduler retries the run with the same key.
    const receipt = await running.adapter.deliver(briefings, everyKind.digest, meta);
    expect(rest.messages.count(IDS.channel)).toBe(before + 1);
    const [first, second] = rest.matching('POST', posts);
    expect(first?.body).toMatchObject({ nonce: deliveryNonce(meta.idempotencyKey, 0), enforce_nonce: true });
    expect(second?.body.nonce).toBe(first?.body.nonce);
    expect(receipt.messageIds).toEqual([rest.messages.recent(IDS.channel, 1)[0]?.id]);
  });

  test('nonces are stable per run and part, distinct otherwise, and fit Discord’s 25 characters', () => {
    const key = 'discord:1:2024-05-06';
    expect(deliveryNonce(key, 0)).toBe(deliveryNonce(key, 0));
    expect(deliveryNonce(key, 0)).not.toBe(deliveryNonce(key, 1));
    expect(deliveryNonce(key, 0)).not.toBe(deliveryNonce('discord:1:2024-05-07', 0));
    expect(deliveryNonce(key, 0)).toMatch(/^\d{25}$/);
  });
});
