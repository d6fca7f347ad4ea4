import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelRef } from '../../../src/bot/request.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { discordError, type RecordedRequest } from '../../fakes/discord/fake-rest.ts';
import { fixedBot } from '../../fakes/discord/fixed-bot.ts';
import { asker, botUser, postedMessage } from '../../fakes/discord/payloads.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { deliveryFailureOf } from '../../fakes/shared/delivery-failure.ts';
import { digestItem, digestOf, everyKind } from './sample-replies.ts';

const briefings: ChannelRef = { platform: 'discord', id: IDS.channel, workspaceId: IDS.guild };
const keyOf = (day: string) => `discord:${IDS.channel}:${day}`;
const posts = /^\/channels\/\d+\/messages$/;
const bigDigest = digestOf([
  { topic: 'NATO', items: Array.from({ length: 30 }, (_, i) => digestItem(i, 700)) },
]);

type Footed = { footer?: { text: string } };
const footersOf = (post: RecordedRequest | undefined): Array<string | undefined> =>
  (post?.body.embeds ?? []).map((embed: Footed) => embed.footer?.text);

let fake: FakeDiscord;
/** The process that posted; stopped before the lookups, as a crash would. */
let before: RunningAdapter;
/** The restarted process: a new client over the same fake Discord. */
let after: RunningAdapter;
let marked: { messageIds: string[]; posted: RecordedRequest[] };
let unmarked: RecordedRequest | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord();
  before = await startAdapter(fixedBot(), {}, fake);
  const from = fake.rest.matching('POST', posts).length;
  const receipt = await before.adapter.deliver(briefings, bigDigest, { idempotencyKey: keyOf('2026-11-26') });
  marked = { messageIds: receipt.messageIds, posted: fake.rest.matching('POST', posts).slice(from) };
  await before.adapter.deliver(briefings, everyKind.answer);
  unmarked = fake.rest.matching('POST', posts).at(-1);
  await before.adapter.stop();
  after = await startAdapter(fixedBot(), {}, fake);
});

afterAll(async () => {
  if (after) await after.stop();
  else await fake?.close();
});

describe('marking a scheduled briefing', () => {
  test("ends the footer of the first message's last embed with the key's day, and marks nothing else", () => {
    expect(marked.posted.length).toBeGreaterThan(1);
    const [first, ...others] = marked.posted;
    expect(footersOf(first).at(-1)).toBe('Sitrep briefing · 2026-11-26');
    expect(footersOf(first)[0]).toBe('May 5, 2024 – May 6, 2024 · 30 articles');
    const elsewhere = others.flatMap(footersOf).filter((text) => text?.includes('Sitrep briefing'));
    expect(elsewhere).toEqual([]);
  });

  test('a post without a key carries no marker', () => {
    expect(footersOf(unmarked).some((text) => text?.includes('Sitrep briefing'))).toBe(false);
  });
});

describe('findDelivery after a restart', () => {
  test("finds the first message of the marked post among the channel's 50 most recent", async () => {
    const from = fake.rest.requests.length;
    const found = await after.adapter.findDelivery(briefings, keyOf('2026-11-26'));
    expect(found).toEqual({ messageIds: [marked.messageIds[0]] });
    const lookup = fake.rest.requests.slice(from).find((r) => r.method === 'GET' && posts.test(r.path));
    expect(lookup?.query.get('limit')).toBe('50');
  });

  test('finds nothing for a day that was never posted', async () => {
    expect(await after.adapter.findDelivery(briefings, keyOf('2026-11-27'))).toBeUndefined();
  });

  test('ignores a marked message posted by someone else, and finds the same by the bot', async () => {
    const footer = (day: string) => ({
      embeds: [{ title: 'Copy', footer: { text: `Sitrep briefing · ${day}` } }],
    });
    fake.rest.messages.add(postedMessage(IDS.channel, footer('2026-11-28'), { author: asker }));
    const byBot = fake.rest.messages.add(
      postedMessage(IDS.channel, footer('2026-11-29'), { author: botUser }),
    );
    expect(await after.adapter.findDelivery(briefings, keyOf('2026-11-28'))).toBeUndefined();
    expect(await after.adapter.findDelivery(briefings, keyOf('2026-11-29'))).toEqual({
      messageIds: [byBot.id],
    });
  });

  test('finds a briefing posted in a DM with the bot', async () => {
    const dm: ChannelRef = { platform: 'discord', id: IDS.dmChannel };
    const key = `discord:${IDS.dmChannel}:2026-11-26`;
    const { messageIds } = await after.adapter.deliver(dm, everyKind.notice, { idempotencyKey: key });
    expect(await after.adapter.findDelivery(dm, key)).toEqual({ messageIds });
  });
});

describe('a lookup that fails', () => {
  test('where the bot may post but not read the history is forbidden, not "not posted"', async () => {
    // Discord answers such a read with an empty list, which would mean "post it again".
    const announcements: ChannelRef = { ...briefings, id: IDS.noHistoryChannel };
    const key = `discord:${IDS.noHistoryChannel}:2026-11-26`;
    await after.adapter.deliver(announcements, everyKind.notice, { idempotencyKey: key });
    const failure = await deliveryFailureOf(after.adapter.findDelivery(announcements, key));
    expect(failure.failure).toBe('forbidden');
    expect(failure.message).toContain('Read Message History');
  });

  test('that Discord refuses (50001 Missing Access) is forbidden', async () => {
    fake.rest.respondOnce('GET', posts, discordError(403, 50001, 'Missing Access'));
    const failure = await deliveryFailureOf(after.adapter.findDelivery(briefings, keyOf('2026-11-26')));
    expect(failure.failure).toBe('forbidden');
    expect(failure.message).toContain('50001');
  });

  test('in a deleted channel is gone', async () => {
    const deleted = { ...briefings, id: '929999999999999999' };
    const failure = await deliveryFailureOf(
      after.adapter.findDelivery(deleted, 'discord:929999999999999999:2026-11-26'),
    );
    expect(failure.failure).toBe('gone');
  });

  test('a server error that outlasts the retries is transient', async () => {
    // discord.js retries a 5xx three times before giving up.
    for (let i = 0; i < 4; i++)
      fake.rest.respondOnce('GET', posts, { status: 503, body: { message: 'Service Unavailable' } });
    const failure = await deliveryFailureOf(after.adapter.findDelivery(briefings, keyOf('2026-11-26')));
    expect(failure.failure).toBe('transient');
  });
});
