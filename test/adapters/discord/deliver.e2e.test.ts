import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDeliveryError } from '../../../adapters/discord/deliver.ts';
import type { ChannelRef } from '../../../src/bot/request.ts';
import { discordError, type FakeDiscordRest } from '../../fakes/discord/fake-rest.ts';
import { fixedBot } from '../../fakes/discord/fixed-bot.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { deliveryFailureOf } from '../../fakes/shared/delivery-failure.ts';
import { digestItem, digestOf, everyKind } from './sample-replies.ts';

const briefings: ChannelRef = { platform: 'discord', id: IDS.channel, workspaceId: IDS.guild };
const posts = /^\/channels\/\d+\/messages$/;

let running: RunningAdapter;
let rest: FakeDiscordRest;

beforeAll(async () => {
  running = await startAdapter(fixedBot());
  rest = running.fake.rest;
});

afterAll(async () => {
  await running?.stop();
});

describe('Discord delivery of scheduled briefings', () => {
  test('posts the digest into the channel, pinging nobody, and returns the message ids', async () => {
    const before = rest.matching('POST', posts).length;
    const receipt = await running.adapter.deliver(briefings, everyKind.digest);
    const [post] = rest.matching('POST', posts).slice(before);
    expect(post?.path).toBe(`/channels/${IDS.channel}/messages`);
    expect(post?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post?.body.embeds.map((e: { title: string }) => e.title)).toEqual(['Space briefing', 'NATO']);
    expect(receipt.messageIds).toHaveLength(1);
    expect(receipt.messageIds[0]).toMatch(/^\d+$/);
  });

  test('splits a large digest into several messages, in order', async () => {
    const before = rest.matching('POST', posts).length;
    const big = digestOf([
      { topic: 'NATO', items: Array.from({ length: 30 }, (_, i) => digestItem(i, 700)) },
    ]);
    const receipt = await running.adapter.deliver(briefings, big);
    const sent = rest.matching('POST', posts).slice(before);
    expect(receipt.messageIds.length).toBeGreaterThan(1);
    expect(sent).toHaveLength(receipt.messageIds.length);
    expect(sent[0]?.body.embeds[0].title).toBe('Space briefing');
  });

  test('an unknown channel is gone', async () => {
    const failure = await deliveryFailureOf(
      running.adapter.deliver({ ...briefings, id: '929999999999999999' }, everyKind.answer),
    );
    expect(failure.failure).toBe('gone');
    expect(failure.message).toContain('929999999999999999');
  });

  test.each([
    [50013, 'Missing Permissions'],
    [50001, 'Missing Access'],
  ])('a refusal with code %i (%s) is forbidden', async (code, message) => {
    rest.respondOnce('POST', posts, discordError(403, code, message));
    const failure = await deliveryFailureOf(running.adapter.deliver(briefings, everyKind.answer));
    expect(failure.failure).toBe('forbidden');
    expect(failure.message).toContain(String(code));
  });

  test('a server error is transient and is not resent blindly by the library', async () => {
    const before = rest.matching('POST', posts).length;
    rest.respondOnce('POST', posts, { status: 502, body: { message: 'Bad Gateway' } });
    const failure = await deliveryFailureOf(running.adapter.deliver(briefings, everyKind.answer));
    expect(failure.failure).toBe('transient');
    expect(rest.matching('POST', posts).length - before).toBe(1);
  });

  test('a channel of another platform is not Discord’s to deliver', async () => {
    const failure = await deliveryFailureOf(
      running.adapter.deliver({ platform: 'slack', id: 'C1' }, everyKind.answer),
    );
    expect(failure.failure).toBe('gone');
  });
});

describe('toDeliveryError', () => {
  test('a network failure is transient', () => {
    expect(toDeliveryError(new TypeError('fetch failed'), { id: '1' }).failure).toBe('transient');
  });
});
