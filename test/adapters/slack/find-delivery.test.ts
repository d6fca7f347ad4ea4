import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIGEST_EVENT_TYPE } from '../../../adapters/slack/digest-metadata.ts';
import { type SlackAdapter, startSlack } from '../../../adapters/slack/main.ts';
import { DeliveryError } from '../../../src/bot/deliver.ts';
import type { ChannelRef } from '../../../src/bot/request.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { unusedBot } from '../../fakes/shared/unused-bot.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';
import * as sample from '../../fakes/slack/sample-replies.ts';

let api: FakeSlackApi;

beforeAll(async () => {
  api = await FakeSlackApi.start();
});

afterAll(async () => {
  await api?.close();
});

/** A Sitrep process over the shared fake Slack: starting another one is a restart. */
async function withAdapter<T>(use: (adapter: SlackAdapter) => Promise<T>): Promise<T> {
  const adapter = await startSlack({
    bot: unusedBot,
    botToken: 'xoxb-test-token',
    signingSecret: 'secret',
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    logger: silentLogger,
    postIntervalMs: 0,
  });
  try {
    return await use(adapter);
  } finally {
    await adapter.stop();
  }
}

function slack(id: string): ChannelRef {
  return { platform: 'slack', id };
}

const longDigest: Reply = {
  kind: 'digest',
  digest: {
    ...sample.digest.digest,
    groups: [
      {
        topic: 'All',
        items: Array.from({ length: 70 }, (_, i) => ({
          articleId: `a${i}`,
          title: `Article ${i}`,
          summary: ['S.'],
        })),
      },
    ],
  },
};

describe('Slack briefings carry their idempotency key', () => {
  test('the key goes into the metadata of the first message only', async () => {
    const key = 'slack:C0LONG:2024-05-07';
    const receipt = await withAdapter((a) => a.deliver(slack('C0LONG'), longDigest, { idempotencyKey: key }));
    expect(receipt.messageIds).toHaveLength(2);
    const [first, second] = api.callsOf('chat.postMessage').filter((c) => c.params['channel'] === 'C0LONG');
    expect(first?.params['metadata']).toEqual({ event_type: DIGEST_EVENT_TYPE, event_payload: { key } });
    expect(second?.params['metadata']).toBeUndefined();
  });

  test('a reply delivered without a key has no metadata', async () => {
    await withAdapter((a) => a.deliver(slack('C0PLAIN'), sample.digest));
    const post = await api.waitFor('chat.postMessage', (c) => c.params['channel'] === 'C0PLAIN');
    expect(post.params['metadata']).toBeUndefined();
  });
});

describe('finding a briefing after a restart', () => {
  test('a new process finds the post by its key and returns its ts', async () => {
    const key = 'slack:C0FIND:2024-05-07';
    const receipt = await withAdapter((a) =>
      a.deliver(slack('C0FIND'), sample.digest, { idempotencyKey: key }),
    );
    api.addMessage('C0FIND', { text: 'thanks!', user: 'U0READER' });
    const found = await withAdapter((a) => a.findDelivery(slack('C0FIND'), key));
    expect(found).toEqual({ messageIds: [receipt.messageIds[0]] });
    const lookup = api.callsOf('conversations.history').at(-1);
    expect(lookup?.params).toMatchObject({ channel: 'C0FIND', include_all_metadata: 'true', limit: '100' });
  });

  test('no post with the key, or only one from another day or another app, is undefined', async () => {
    const key = 'slack:C0ABSENT:2024-05-07';
    await withAdapter((a) =>
      a.deliver(slack('C0ABSENT'), sample.digest, { idempotencyKey: 'slack:C0ABSENT:2024-05-06' }),
    );
    api.addMessage('C0ABSENT', {
      text: 'Sitrep briefing (staging)',
      bot_id: 'B0OTHERAPP',
      metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key } },
    });
    expect(await withAdapter((a) => a.findDelivery(slack('C0ABSENT'), key))).toBeUndefined();
    expect(await withAdapter((a) => a.findDelivery(slack('C0EMPTY'), key))).toBeUndefined();
  });

  test('the bot identity is asked once per process, not once per lookup', async () => {
    await withAdapter(async (a) => {
      const before = api.callsOf('auth.test').length;
      await a.findDelivery(slack('C0ONCE'), 'slack:C0ONCE:2024-05-07');
      await a.findDelivery(slack('C0ONCE'), 'slack:C0ONCE:2024-05-08');
      expect(api.callsOf('auth.test').length - before).toBe(1);
    });
  });

  test.each([
    ['not_in_channel', 'forbidden'],
    ['missing_scope', 'forbidden'],
    ['channel_not_found', 'gone'],
    ['ratelimited', 'transient'],
  ])('a lookup failing with %s throws a %s DeliveryError', async (slackError, failure) => {
    api.answer('conversations.history', () => ({ body: { ok: false, error: slackError } }));
    const error = await withAdapter((a) => a.findDelivery(slack('C0FAIL'), 'slack:C0FAIL:2024-05-07')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).failure).toBe(failure);
    expect((error as DeliveryError).message).toBe(
      `Looking for the briefing in Slack channel C0FAIL failed: ${slackError}.`,
    );
  });
});
