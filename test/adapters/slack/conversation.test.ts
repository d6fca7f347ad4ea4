import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BOT_USER_ID } from '../../fakes/slack/fake-slack-api.ts';
import {
  ASKER,
  CHANNEL,
  directMessageEnvelope,
  mentionEnvelope,
  postSigned,
} from '../../fakes/slack/payloads.ts';
import { blocksOf, type HttpHarness, startHttpHarness } from '../../fakes/slack/start-adapter.ts';
import { SEED_ID } from '../../support/test-bot.ts';

const QUESTION = 'Where was the inaugural NATO Space Symposium held?';
const JSON_BODY = { contentType: 'application/json' } as const;

let slack: HttpHarness;

beforeAll(async () => {
  slack = await startHttpHarness();
});

afterAll(async () => {
  await slack?.close();
});

function sendEvent(envelope: object, headers?: Record<string, string>) {
  return postSigned(slack.appUrl, JSON.stringify(envelope), { ...JSON_BODY, headers });
}

function postInThread(threadTs: string) {
  return slack.api.waitFor('chat.postMessage', (call) => call.params['thread_ts'] === threadTs);
}

describe('mentions and direct messages (real Bolt, real core, fake Slack)', () => {
  test('an @mention is answered in the thread of the message that asked', async () => {
    const ts = '1715000100.000100';
    const res = await sendEvent(
      mentionEnvelope({ text: `<@${BOT_USER_ID}> ${QUESTION}`, eventId: 'Ev001', ts }),
    );
    expect(res.status).toBe(200);
    const post = await postInThread(ts);
    expect(post.params['channel']).toBe(CHANNEL);
    expect(post.params['text']).toContain('Toulouse');
    const { request, reply } = slack.bot.exchanges.at(-1)!;
    expect(request.args).toEqual({ question: QUESTION });
    expect(reply).toMatchObject({ kind: 'answer', citations: [{ articleId: SEED_ID }] });
    expect(blocksOf(post.params)).toContain('[1] ');
  });

  test('a follow-up mention in that thread is answered in the same thread', async () => {
    const parent = '1715000100.000100';
    const text = `<@${BOT_USER_ID}> summarize Partners to Win`;
    await sendEvent(mentionEnvelope({ text, eventId: 'Ev002', ts: '1715000200.000100', threadTs: parent }));
    const post = await slack.api.waitFor(
      'chat.postMessage',
      (c) => c.params['thread_ts'] === parent && blocksOf(c.params).includes('"type":"header"'),
    );
    expect(slack.bot.exchanges.at(-1)?.reply).toMatchObject({ kind: 'summary', articleId: SEED_ID });
    expect(post.params['channel']).toBe(CHANNEL);
  });

  test('a direct message is answered', async () => {
    const ts = '1715000300.000100';
    await sendEvent(directMessageEnvelope({ text: QUESTION, eventId: 'Ev003', ts }));
    const post = await postInThread(ts);
    expect(post.params['channel']).toBe('D0ANA');
    expect(post.params['text']).toContain('Toulouse');
  });

  test('a retried event (X-Slack-Retry-Num: 1) is acknowledged but not answered twice', async () => {
    const ts = '1715001000.000100';
    const event = mentionEnvelope({ text: `<@${BOT_USER_ID}> ${QUESTION}`, eventId: 'Ev010', ts });
    await sendEvent(event);
    await postInThread(ts);
    const handled = slack.bot.exchanges.length;

    const retry = await sendEvent(event, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    const ignored = await slack.logs.waitFor((line) => line['eventId'] === 'Ev010');
    expect(ignored).toMatchObject({ retryNum: 1, retryReason: 'http_timeout' });
    expect(slack.bot.exchanges).toHaveLength(handled);
    expect(slack.api.callsOf('chat.postMessage').filter((c) => c.params['thread_ts'] === ts)).toHaveLength(1);
  });

  test('an error answering a mention is shown only to the asker, in the thread', async () => {
    const ts = '1715002000.000100';
    await sendEvent(
      mentionEnvelope({ text: `<@${BOT_USER_ID}> digest subscribe 08:00`, eventId: 'Ev020', ts }),
    );
    const ephemeral = await slack.api.waitFor('chat.postEphemeral', (c) => c.params['thread_ts'] === ts);
    expect(ephemeral.params).toMatchObject({ channel: CHANNEL, user: ASKER });
    expect(blocksOf(ephemeral.params)).toContain('only people who can manage this channel');
    expect(slack.api.callsOf('chat.postMessage').filter((c) => c.params['thread_ts'] === ts)).toEqual([]);
  });

  test('a scheduled digest is delivered into a channel with the bot token', async () => {
    const reply = await slack.bot.handle({
      command: 'digest',
      args: { since: '2024-05-01' },
      channel: { platform: 'slack', id: 'C0DIGEST' },
      user: { id: 'scheduler', canManageChannel: false },
    });
    const receipt = await slack.adapter.deliver({ platform: 'slack', id: 'C0DIGEST' }, reply);
    const post = await slack.api.waitFor('chat.postMessage', (c) => c.params['channel'] === 'C0DIGEST');
    expect(reply.kind).toBe('digest');
    expect(receipt.messageIds).toEqual([expect.stringMatching(/^\d+\.\d+$/)]);
    expect(post.token).toBe('xoxb-test-token');
    expect(post.params['thread_ts']).toBeUndefined();
  });
});

describe('Slack faults while answering a mention', () => {
  test('a 500 from chat.postMessage is not retried blind: one post attempt, never two answers', async () => {
    const ts = '1715009100.000100';
    slack.api.answerOnce('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    const before = slack.api.callsOf('chat.postMessage').length;
    const attempted = postInThread(ts);
    await sendEvent(mentionEnvelope({ text: `<@${BOT_USER_ID}> ${QUESTION}`, eventId: 'Ev0F1', ts }));
    await attempted;
    // A later mention being answered shows the first one's handler has finished.
    const later = '1715009200.000100';
    await sendEvent(mentionEnvelope({ text: `<@${BOT_USER_ID}> ${QUESTION}`, eventId: 'Ev0F2', ts: later }));
    await postInThread(later);
    const calls = slack.api.callsOf('chat.postMessage').slice(before);
    expect(calls.filter((call) => call.params['thread_ts'] === ts)).toHaveLength(1);
  });

  test('a 429 with Retry-After is waited out and the answer is posted once', async () => {
    const ts = '1715009300.000100';
    slack.api.answerOnce('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    let seen = 0;
    const second = slack.api.waitFor(
      'chat.postMessage',
      (call) => call.params['thread_ts'] === ts && ++seen === 2,
    );
    await sendEvent(mentionEnvelope({ text: `<@${BOT_USER_ID}> ${QUESTION}`, eventId: 'Ev0F3', ts }));
    expect((await second).params['text']).toContain('Toulouse');
    const later = '1715009400.000100';
    await sendEvent(mentionEnvelope({ text: `<@${BOT_USER_ID}> ${QUESTION}`, eventId: 'Ev0F4', ts: later }));
    await postInThread(later);
    expect(
      slack.api.callsOf('chat.postMessage').filter((call) => call.params['thread_ts'] === ts),
    ).toHaveLength(2);
  });
});
