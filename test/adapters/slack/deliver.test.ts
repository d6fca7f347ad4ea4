import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toBoltLogger } from '../../../adapters/slack/bolt-logger.ts';
import { createSlackDelivery } from '../../../adapters/slack/deliver.ts';
import { createChannelPacer } from '../../../adapters/slack/pacer.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { deliveryFailureOf } from '../../fakes/shared/delivery-failure.ts';
import { closeHttpServer, localHttpUrl, startLocalHttpServer } from '../../fakes/shared/local-http-server.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';
import * as sample from '../../fakes/slack/sample-replies.ts';

let api: FakeSlackApi;
const pace = createChannelPacer({ intervalMs: 0 });

beforeAll(async () => {
  api = await FakeSlackApi.start();
});

afterAll(async () => {
  await api?.close();
});

function deliverTo(apiUrl: string) {
  return createSlackDelivery({
    botToken: 'xoxb-test-token',
    apiUrl,
    pace,
    logger: toBoltLogger(silentLogger),
  }).deliver;
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  return (await deliveryFailureOf(promise)).failure;
}

describe('Slack delivery of scheduled replies', () => {
  test('posts the digest in the channel, outside any thread, and returns the message ids', async () => {
    const receipt = await deliverTo(api.apiUrl)({ platform: 'slack', id: 'C0DIGEST' }, sample.digest);
    expect(receipt.messageIds).toHaveLength(1);
    const post = await api.waitFor('chat.postMessage', (c) => c.params['channel'] === 'C0DIGEST');
    expect(post.params['thread_ts']).toBeUndefined();
    expect(post.params['unfurl_links']).toBe('false');
    expect(post.token).toBe('xoxb-test-token');
    expect(JSON.stringify(post.params['blocks'])).toContain('Sitrep briefing: 2 new articles');
  });

  test('a digest longer than one message is posted as several, in order', async () => {
    const items = Array.from({ length: 70 }, (_, i) => ({
      articleId: `a${i}`,
      title: `Article ${i}`,
      summary: ['S.'],
    }));
    const big: Reply = {
      kind: 'digest',
      digest: { ...sample.digest.digest, groups: [{ topic: 'All', items }] },
    };
    const receipt = await deliverTo(api.apiUrl)({ platform: 'slack', id: 'C0BIG' }, big);
    expect(receipt.messageIds).toHaveLength(2);
    const posts = api.callsOf('chat.postMessage').filter((c) => c.params['channel'] === 'C0BIG');
    expect(JSON.stringify(posts[0]?.params['blocks'])).toContain('Article 0');
    expect(JSON.stringify(posts[1]?.params['blocks'])).toContain('Article 69');
  });

  test.each([
    ['channel_not_found', 'gone'],
    ['is_archived', 'gone'],
    ['not_in_channel', 'forbidden'],
    ['missing_scope', 'forbidden'],
    ['ratelimited', 'transient'],
  ])('Slack error %s is a %s failure', async (slackError, failure) => {
    api.answer('chat.postMessage', () => ({ body: { ok: false, error: slackError } }));
    expect(await failureOf(deliverTo(api.apiUrl)({ platform: 'slack', id: 'C1' }, sample.digest))).toBe(
      failure,
    );
  });

  test.each([
    [500, 'transient'],
    [503, 'transient'],
    [429, 'transient'],
    [404, 'forbidden'],
  ])('HTTP %i is a %s failure', async (status, failure) => {
    api.answer('chat.postMessage', () => ({ status, headers: { 'retry-after': '30' }, body: { ok: false } }));
    expect(await failureOf(deliverTo(api.apiUrl)({ platform: 'slack', id: 'C1' }, sample.digest))).toBe(
      failure,
    );
  });

  test('an unreachable Slack is a transient failure', async () => {
    const closed = await startLocalHttpServer();
    const url = localHttpUrl(closed);
    await closeHttpServer(closed);
    const deliver = deliverTo(`${url}/api/`);
    expect(await failureOf(deliver({ platform: 'slack', id: 'C1' }, sample.digest))).toBe('transient');
  });

  test('a channel of another platform is refused', async () => {
    expect(await failureOf(deliverTo(api.apiUrl)({ platform: 'discord', id: '123' }, sample.digest))).toBe(
      'gone',
    );
  });
});
