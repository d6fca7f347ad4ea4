import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AnswerReply } from '../../../src/replies/reply.ts';
import {
  ASKER,
  CHANNEL,
  formBody,
  postSigned,
  shareClick,
  slashCommand,
} from '../../fakes/slack/payloads.ts';
import { blocksOf, type HttpHarness, startHttpHarness } from '../../fakes/slack/start-adapter.ts';
import { SEED_ID } from '../../support/test-bot.ts';

const QUESTION = 'Where was the inaugural NATO Space Symposium held?';
const FORM = { contentType: 'application/x-www-form-urlencoded' } as const;

let slack: HttpHarness;

beforeAll(async () => {
  slack = await startHttpHarness();
});

afterAll(async () => {
  await slack?.close();
});

function sendCommand(
  text: string,
  responseId: string,
  options: Partial<Parameters<typeof postSigned>[2]> = {},
) {
  return postSigned(slack.appUrl, formBody(slashCommand(text, slack.api.responseUrl(responseId))), {
    ...FORM,
    ...options,
  });
}

function responseTo(responseId: string) {
  return slack.api.waitFor('response_url', (call) => call.responseId === responseId);
}

describe('/sitrep over HTTP (real Bolt, real core, fake Slack)', () => {
  test('verifies the bot token at start and listens in HTTP mode', () => {
    expect(slack.adapter.mode).toBe('http');
    expect(slack.api.callsOf('auth.test')[0]?.token).toBe('xoxb-test-token');
  });

  test('acknowledges at once, then answers at response_url in Block Kit with citations', async () => {
    const release = slack.bot.hold();
    const started = performance.now();
    const ack = await sendCommand(QUESTION, 'ask-1');
    const ackMs = performance.now() - started;
    expect(ack.status).toBe(200);
    expect(ackMs).toBeLessThan(3_000);
    expect(slack.api.callsOf('response_url')).toHaveLength(0);

    release();
    const answer = await responseTo('ask-1');
    const { request, reply } = slack.bot.exchanges.at(-1)!;
    expect(request).toMatchObject({
      command: 'ask',
      args: { question: QUESTION },
      channel: { platform: 'slack', id: CHANNEL, workspaceId: 'T0TEAM' },
      user: { id: ASKER, canManageChannel: false },
    });
    expect(reply).toMatchObject({ kind: 'answer', citations: [{ articleId: SEED_ID }] });
    const { citations, highlight } = reply as AnswerReply;
    expect(answer.params['response_type']).toBe('ephemeral');
    expect(answer.params['text']).toContain('Toulouse');
    expect(blocksOf(answer.params)).toContain(highlight ? `*${highlight}*` : 'Toulouse');
    expect(blocksOf(answer.params)).toContain(`[1] ${citations[0]?.title}`);
    expect(blocksOf(answer.params)).toContain('"action_id":"sitrep_share"');
  });

  test('"Share in channel" re-posts the answer for everyone and removes the private copy', async () => {
    const click = shareClick(JSON.stringify({ text: QUESTION }), slack.api.responseUrl('share-1'));
    const res = await postSigned(slack.appUrl, formBody({ payload: JSON.stringify(click) }), FORM);
    expect(res.status).toBe(200);
    const shared = await slack.api.waitFor(
      'response_url',
      (c) => c.responseId === 'share-1' && !!c.params['blocks'],
    );
    expect(shared.params['response_type']).toBe('in_channel');
    expect(blocksOf(shared.params)).toContain('Toulouse');
    expect(blocksOf(shared.params)).toContain(`Shared by <@${ASKER}>`);
    expect(blocksOf(shared.params)).not.toContain('sitrep_share');
    const deletion = await slack.api.waitFor(
      'response_url',
      (c) => c.responseId === 'share-1' && c.params['delete_original'] === true,
    );
    expect(slack.api.calls.indexOf(deletion)).toBeGreaterThan(slack.api.calls.indexOf(shared));
  });

  test('a bare /sitrep shows the commands', async () => {
    await sendCommand('', 'help-1');
    const help = await responseTo('help-1');
    expect(slack.bot.exchanges.at(-1)?.request).toMatchObject({ command: 'help', args: {} });
    expect(blocksOf(help.params)).toContain('/sitrep ask');
    expect(blocksOf(help.params)).toContain('/sitrep digest');
  });

  test('digest subscribe asks Slack whether the user is an admin; an admin subscribes the channel', async () => {
    slack.api.users.set(ASKER, { is_admin: true });
    await sendCommand('digest subscribe 08:00 Europe/Brussels', 'sub-1');
    const notice = await responseTo('sub-1');
    slack.api.users.delete(ASKER);
    expect(slack.api.callsOf('users.info').at(-1)?.params['user']).toBe(ASKER);
    expect(slack.bot.exchanges.at(-1)?.request.user.canManageChannel).toBe(true);
    expect(notice.params['response_type']).toBe('in_channel');
    expect(blocksOf(notice.params)).toContain('Daily briefing on');
  });

  test('an error goes only to the asker, without a share button', async () => {
    await sendCommand('digest unsubscribe', 'unsub-1');
    const error = await responseTo('unsub-1');
    expect(slack.bot.exchanges.at(-1)?.request.user.canManageChannel).toBe(false);
    expect(error.params['response_type']).toBe('ephemeral');
    expect(blocksOf(error.params)).toContain('only people who can manage this channel');
    expect(blocksOf(error.params)).not.toContain('sitrep_share');
  });

  test('a forged signature is rejected with 401 and nothing is answered', async () => {
    const handled = slack.bot.exchanges.length;
    const res = await sendCommand(QUESTION, 'forged', { secret: 'not-the-signing-secret-0000000000' });
    expect(res.status).toBe(401);
    expect(slack.bot.exchanges).toHaveLength(handled);
    expect(slack.api.calls.filter((c) => c.responseId === 'forged')).toEqual([]);
  });

  test('a request signed 6 minutes ago is rejected with 401 and nothing is answered', async () => {
    const handled = slack.bot.exchanges.length;
    const res = await sendCommand(QUESTION, 'stale', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    expect(slack.bot.exchanges).toHaveLength(handled);
    expect(slack.api.calls.filter((c) => c.responseId === 'stale')).toEqual([]);
  });
});

describe('an expired response_url', () => {
  test('is tried once and logged; the asker never gets two answers', async () => {
    slack.api.answerOnce('response_url', { status: 404, body: { ok: false, error: 'expired_url' } });
    const logged = slack.logs.waitFor((line) => line.msg === 'Slack response_url refused the reply');
    await sendCommand(QUESTION, 'expired-1');
    await logged;
    // A later command being answered shows the first one's handler has finished.
    await sendCommand('help', 'after-expired');
    await responseTo('after-expired');
    expect(slack.api.callsOf('response_url').filter((call) => call.responseId === 'expired-1')).toHaveLength(
      1,
    );
  });
});

describe('/sitrep replies name commands as Slack spells them', () => {
  test('a mistyped digest action is answered with commands spelled /sitrep …', async () => {
    await sendCommand('digest statsu', 'typo-1');
    const reply = blocksOf((await responseTo('typo-1')).params);
    expect(reply).toContain('Did you mean “status”?');
    expect(reply).toContain('Example: `/sitrep digest status`');
    expect(reply).not.toMatch(/[`\s]\/digest /);
  });
});
