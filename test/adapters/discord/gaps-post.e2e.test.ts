import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelRef } from '../../../src/bot/request.ts';
import { composeDigest } from '../../../src/digest/compose-digest.ts';
import { silentLogger } from '../../../src/logger.ts';
import { createDigestScheduler } from '../../../src/scheduler/scheduler.ts';
import type { ScheduledDeliver } from '../../../src/scheduler/types.ts';
import type { RecordedRequest } from '../../fakes/discord/fake-rest.ts';
import { PERMISSIONS, slashCommand } from '../../fakes/discord/payloads.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../../fakes/discord/start-adapter.ts';
import { answerRecord } from '../../store/feedback-store-contract.ts';
import { createTestBot, type TestBot } from '../../support/test-bot.ts';

const channel: ChannelRef = { platform: 'discord', id: IDS.channel };
const KEY = `discord:${IDS.channel}:gaps:2024-W20`;
const NEXT_KEY = `discord:${IDS.channel}:gaps:2024-W21`;
const original = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}/messages/@original$`);
const followUps = (token: string) => new RegExp(`^/webhooks/${IDS.application}/${token}$`);
const channelPosts = new RegExp(`^/channels/${IDS.channel}/messages$`);

let running: RunningAdapter;
let bot: TestBot;
let now = new Date('2024-05-07T12:00:00Z');
const clock = { now: () => new Date(now) };

beforeAll(async () => {
  bot = createTestBot({ schedules: true, feedback: true });
  running = await startAdapter(bot);
});

afterAll(async () => {
  await running?.stop();
});

/** A Sitrep process's scheduler over the bot's store and the real adapter; a new one is a restart. */
function scheduler(deliver: ScheduledDeliver = running.adapter.deliver) {
  return createDigestScheduler({
    store: bot.store,
    compose: (window) => composeDigest(bot.knowledge, window),
    composeGaps: (target, window) => bot.feedbackService!.weeklyGaps(target, window),
    deliver,
    findDelivery: running.adapter.findDelivery,
    logger: silentLogger,
    clock,
  });
}

async function slash(payload: ReturnType<typeof slashCommand>, route: RegExp): Promise<string> {
  const answered = running.fake.rest.waitFor(route.source.includes('@original') ? 'PATCH' : 'POST', route);
  running.fake.gateway.dispatch('INTERACTION_CREATE', payload);
  return JSON.stringify((await answered).at(-1)?.body);
}

const footers = (post: RecordedRequest) =>
  (post.body.embeds ?? []).map((embed: { footer?: { text: string } }) => embed.footer?.text);
const postsMarked = (week: string) =>
  running.fake.rest
    .matching('POST', channelPosts)
    .filter((post) => footers(post).includes(`Sitrep unanswered questions · ${week}`));

describe('the weekly gaps post through real discord.js and a fake Discord', () => {
  test('/gaps subscribe needs Manage Server, and takes weekday, time and zone as options', async () => {
    const asked = slashCommand('ask', [
      { name: 'question', type: 3, value: 'zebra migration routes across the steppe' },
    ]);
    await slash(asked, original(asked.token));
    bot.feedbackStore.recordAnswer(
      answerRecord('elsewhere', {
        channel: { platform: 'discord', id: IDS.otherChannel },
        question: 'Secret plans for Project Zed?',
        answered: false,
        askedAt: '2024-05-08T10:00:00.000Z',
      }),
    );
    const options = [
      {
        name: 'subscribe',
        type: 1,
        options: [
          { name: 'weekday', type: 3, value: 'Monday' },
          { name: 'time', type: 3, value: '09:00' },
          { name: 'timezone', type: 3, value: 'America/New_York' },
        ],
      },
    ];
    const refused = slashCommand('gaps', options, PERMISSIONS.channelManager);
    expect(await slash(refused, followUps(refused.token))).toContain('gaps.forbidden');
    const allowed = slashCommand('gaps', options, PERMISSIONS.serverManager);
    expect(await slash(allowed, original(allowed.token))).toContain('Every Monday at 09:00 America/New_York');
    expect(bot.store.getGapsSubscription(channel)).toMatchObject({
      weekday: 1,
      timezone: 'America/New_York',
    });
  });

  test('posts at 09:00 New York time on Monday, its footer marked with the week, nobody pinged', async () => {
    const process = scheduler();
    now = new Date('2024-05-13T12:59:00Z');
    expect((await process.runDue()).outcomes).toEqual([]);
    now = new Date('2024-05-13T13:00:00Z');
    expect((await process.runDue()).outcomes.map((outcome) => outcome.status)).toEqual(['sent']);
    const [post] = postsMarked('2024-W20');
    expect(post?.body.allowed_mentions).toMatchObject({ parse: [] });
    const text = JSON.stringify(post?.body.embeds);
    expect(text).toContain('Unanswered questions, last 7 days');
    expect(text).toContain('zebra migration routes across the steppe');
    expect(text).toContain('1 more from other channels');
    expect(text).toContain('/gaps');
    expect(text).not.toContain('Zed');
    expect(bot.store.getRun(KEY)).toMatchObject({ status: 'sent', trigger: 'gaps' });
  });

  test('a process that dies after posting: the next one finds the marked post and does not repeat it', async () => {
    const dying = scheduler(async (target, reply, meta) => {
      await running.adapter.deliver(target, reply, meta);
      throw new Error('the process died before recording the post');
    });
    now = new Date('2024-05-20T13:00:00Z');
    await dying.runDue();
    expect(bot.store.getRun(NEXT_KEY)?.status).toBe('claimed');
    now = new Date('2024-05-20T13:01:00Z');
    const report = await scheduler().runDue();
    expect(report.recovered.get(NEXT_KEY)).toBe('confirmed');
    expect(postsMarked('2024-W21')).toHaveLength(1);
    expect(bot.store.getRun(NEXT_KEY)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  test('/gaps status shows the schedule to anyone, privately', async () => {
    const payload = slashCommand('gaps', [{ name: 'status', type: 1, options: [] }]);
    const text = await slash(payload, followUps(payload.token));
    expect(text).toContain('Schedule: Mondays at 09:00 America/New_York.');
    expect(text).toContain('Last post: Mon 20 May 2024, 09:01 EDT');
    expect(text).toContain('"flags":64');
  });
});
