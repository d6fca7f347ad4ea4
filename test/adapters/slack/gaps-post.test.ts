import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIGEST_EVENT_TYPE } from '../../../adapters/slack/digest-metadata.ts';
import { type SlackAdapter, startSlack } from '../../../adapters/slack/main.ts';
import { composeDigest } from '../../../src/digest/compose-digest.ts';
import { silentLogger } from '../../../src/logger.ts';
import { createDigestScheduler } from '../../../src/scheduler/scheduler.ts';
import type { ScheduledDeliver } from '../../../src/scheduler/types.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';
import {
  ASKER,
  CHANNEL,
  formBody,
  postSigned,
  SIGNING_SECRET,
  slashCommand,
} from '../../fakes/slack/payloads.ts';
import { answerRecord } from '../../store/feedback-store-contract.ts';
import { createTestBot, type TestBot } from '../../support/test-bot.ts';

const FORM = { contentType: 'application/x-www-form-urlencoded' } as const;
const KEY = `slack:${CHANNEL}:gaps:2024-W20`;
const NEXT_KEY = `slack:${CHANNEL}:gaps:2024-W21`;

let api: FakeSlackApi;
let bot: TestBot;
let adapter: SlackAdapter;
let now = new Date('2024-05-07T12:00:00Z');
const clock = { now: () => new Date(now) };

beforeAll(async () => {
  api = await FakeSlackApi.start();
  api.users.set(ASKER, { is_admin: true });
  bot = createTestBot({ schedules: true, feedback: true });
  adapter = await startSlack({
    bot,
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    logger: silentLogger,
    postIntervalMs: 0,
  });
});

afterAll(async () => {
  await adapter?.stop();
  await api?.close();
});

async function command(text: string, responseId: string) {
  const body = formBody(slashCommand(text, api.responseUrl(responseId)));
  expect((await postSigned(`http://127.0.0.1:${adapter.port}`, body, FORM)).status).toBe(200);
  return api.waitFor('response_url', (call) => call.responseId === responseId);
}

/** A Sitrep process's scheduler over the bot's store and the real adapter; a new one is a restart. */
function scheduler(deliver: ScheduledDeliver = adapter.deliver) {
  return createDigestScheduler({
    store: bot.store,
    compose: (window) => composeDigest(bot.knowledge, window),
    composeGaps: (channel, window) => bot.feedbackService!.weeklyGaps(channel, window),
    deliver,
    findDelivery: adapter.findDelivery,
    logger: silentLogger,
    clock,
  });
}

const gapsPosts = (key: string) =>
  api
    .callsOf('chat.postMessage')
    .filter((call) => JSON.stringify(call.params['metadata'] ?? {}).includes(key));

describe('the weekly gaps post through the real Bolt adapter and a fake Slack', () => {
  test('an admin subscribes the channel with `/sitrep gaps subscribe`', async () => {
    await command('zebra migration routes across the steppe', 'ask-1');
    bot.feedbackStore.recordAnswer(
      answerRecord('elsewhere', {
        channel: { platform: 'slack', id: 'C0OTHER' },
        question: 'Secret plans for Project Zed?',
        answered: false,
        askedAt: '2024-05-08T10:00:00.000Z',
      }),
    );
    const reply = await command('gaps subscribe monday 09:00 Asia/Kolkata', 'subscribe-1');
    expect(JSON.stringify(reply.params)).toContain('Every Monday at 09:00 Asia/Kolkata');
    expect(bot.store.getGapsSubscription({ platform: 'slack', id: CHANNEL })).toMatchObject({
      weekday: 1,
      timezone: 'Asia/Kolkata',
      createdBy: ASKER,
    });
  });

  test('posts at 09:00 Kolkata time on Monday, tagged with the week’s key, this channel’s wording only', async () => {
    const process = scheduler();
    now = new Date('2024-05-13T03:29:00Z');
    expect((await process.runDue()).outcomes).toEqual([]);
    now = new Date('2024-05-13T03:30:00Z');
    expect((await process.runDue()).outcomes.map((outcome) => outcome.status)).toEqual(['sent']);
    const [post] = gapsPosts(KEY);
    expect(post?.params['metadata']).toEqual({ event_type: DIGEST_EVENT_TYPE, event_payload: { key: KEY } });
    const text = JSON.stringify(post?.params['blocks']);
    expect(text).toContain('Unanswered questions, last 7 days');
    expect(text).toContain('zebra migration routes across the steppe');
    expect(text).toContain('1 more from other channels');
    expect(text).toContain('/sitrep gaps');
    expect(text).not.toContain('Zed');
    now = new Date('2024-05-13T04:30:00Z');
    await process.runDue();
    expect(gapsPosts(KEY)).toHaveLength(1);
  });

  test('a process that dies after posting: the next one finds the post in the history and does not repeat it', async () => {
    let dies = true;
    const dying = scheduler(async (channel, reply, meta) => {
      const receipt = await adapter.deliver(channel, reply, meta);
      if (dies) throw new Error('the process died before recording the post');
      return receipt;
    });
    now = new Date('2024-05-20T03:30:00Z');
    await dying.runDue();
    dies = false;
    expect(bot.store.getRun(NEXT_KEY)?.status).toBe('claimed');
    const before = api.callsOf('conversations.history').length;
    const restarted = scheduler();
    now = new Date('2024-05-20T03:31:00Z');
    const report = await restarted.runDue();
    expect(report.recovered.get(NEXT_KEY)).toBe('confirmed');
    expect(api.callsOf('conversations.history').length).toBeGreaterThan(before);
    expect(gapsPosts(NEXT_KEY)).toHaveLength(1);
    expect(bot.store.getRun(NEXT_KEY)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  test('`/sitrep gaps status` shows the schedule and the last post', async () => {
    const status = JSON.stringify((await command('gaps status', 'status-1')).params);
    expect(status).toContain('Schedule: Mondays at 09:00 Asia/Kolkata.');
    // Recorded when the restarted process confirmed it, a minute after it went out.
    expect(status).toContain(
      'Last post: Mon 20 May 2024, 09:01 IST, posted “None: every question got an answer.”',
    );
  });
});
