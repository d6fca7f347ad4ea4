import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSlack } from '../../adapters/slack/main.ts';
import type { Bot } from '../../src/bot/bot.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { secretsOf } from '../../src/secrets.ts';
import { discordError, type FakeDiscordRest } from '../fakes/discord/fake-rest.ts';
import { slashCommand as discordSlash } from '../fakes/discord/payloads.ts';
import { IDS } from '../fakes/discord/snowflakes.ts';
import { type RunningAdapter, startAdapter } from '../fakes/discord/start-adapter.ts';
import { FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';
import { formBody, mentionEnvelope, postSigned, slashCommand } from '../fakes/slack/payloads.ts';
import { createTestBot } from '../support/test-bot.ts';

/** Secrets as an operator would set them; none may appear in a log line or a message. */
const SECRETS = {
  slackBotToken: 'xoxb-1111-2222-SECRETslackBOTtoken',
  slackSigningSecret: 'SECRETsigning0123456789abcdef',
  discordToken: 'MTEx.SECRET-discord-token.zzzz',
};
/**
 * Text that looks like a stack trace, raw or JSON-escaped: an `    at fn (…)` frame, or a source
 * file with line and column (`/srv/sitrep/src/bot.ts:12:5`, `node:internal/process:4:2`).
 */
const STACK_TRACE =
  /(?:\n|\\n)\s+at |\bat (?:async )?[\w.<>$]+ \(|(?:\/|file:|node:)[\w./@-]*\.?[\w-]*:\d+:\d+/;
/** The one line that may hold a stack: the debug line LOG_LEVEL=debug adds after an error. */
const STACK_DETAIL = 'the stack of the error above';

const logLines: string[] = [];
// The logger as `npm start` builds it, writing where the test can read every line.
const logger = createLogger({
  level: 'trace',
  format: 'json',
  secrets: secretsOf(
    loadConfig(
      {
        SLACK_BOT_TOKEN: SECRETS.slackBotToken,
        SLACK_SIGNING_SECRET: SECRETS.slackSigningSecret,
        DISCORD_TOKEN: SECRETS.discordToken,
        DISCORD_APPLICATION_ID: IDS.application,
      },
      '/nonexistent/.env',
    ),
  ),
  stream: {
    write(chunk: string) {
      logLines.push(...chunk.split('\n').filter(Boolean));
    },
  },
});

/** The real test core, except that `explode` throws an error carrying secrets. */
function leakyBot(): Bot {
  const core = createTestBot();
  return {
    ...core,
    async handle(request) {
      if (request.command === 'explode' || request.args.question?.includes('explode')) {
        throw new Error(`boom with ${SECRETS.slackBotToken} and ${SECRETS.discordToken}`);
      }
      return core.handle(request);
    },
  };
}

let slackApi: FakeSlackApi;
let slack: Awaited<ReturnType<typeof startSlack>>;
let discord: RunningAdapter;
let discordRest: FakeDiscordRest;

beforeAll(async () => {
  slackApi = await FakeSlackApi.start();
  slack = await startSlack({
    bot: leakyBot(),
    botToken: SECRETS.slackBotToken,
    signingSecret: SECRETS.slackSigningSecret,
    port: 0,
    host: '127.0.0.1',
    apiUrl: slackApi.apiUrl,
    logger,
    postIntervalMs: 0,
  });
  discord = await startAdapter(leakyBot(), { token: SECRETS.discordToken, logger });
  discordRest = discord.fake.rest;
});

afterAll(async () => {
  await slack?.stop();
  await slackApi?.close();
  await discord?.stop();
});

const appUrl = () => `http://127.0.0.1:${slack.port}`;
const signed = (body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded') =>
  postSigned(appUrl(), body, { contentType, secret: SECRETS.slackSigningSecret });

describe('no secret or stack trace leaves Sitrep', () => {
  test('through Slack and Discord traffic, failures included, and every log line', async () => {
    // Slack: a good command, a failing one, a mention whose answer fails to post, a forged request.
    await signed(
      formBody(slashCommand('ask Where was the symposium held?', slackApi.responseUrl('r1'))),
      'application/x-www-form-urlencoded',
    );
    await slackApi.waitFor('response_url', (call) => call.responseId === 'r1');
    await signed(
      formBody(slashCommand('ask explode now', slackApi.responseUrl('r2'))),
      'application/x-www-form-urlencoded',
    );
    await slackApi.waitFor('response_url', (call) => call.responseId === 'r2');
    slackApi.answerOnce('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    await signed(
      JSON.stringify(
        mentionEnvelope({ text: 'where was the symposium held?', eventId: 'EvS1', ts: '1715000900.000100' }),
      ),
      'application/json',
    );
    await slackApi.waitFor('chat.postMessage', (call) => call.params['thread_ts'] === '1715000900.000100');
    const forged = await postSigned(appUrl(), '{}', { contentType: 'application/json', secret: 'wrong' });
    expect(forged.status).toBe(401);

    // An expired response_url: the answer cannot be delivered, and that is logged.
    slackApi.answerOnce('response_url', { status: 404, body: 'expired_url' });
    await signed(
      formBody(slashCommand('search Toulouse', slackApi.responseUrl('r3'))),
      'application/x-www-form-urlencoded',
    );
    await slackApi.waitFor('response_url', (call) => call.responseId === 'r3');

    // Discord: a good command, a failing one, and an answer Discord refuses.
    const good = discordSlash('ask', [{ name: 'question', type: 3, value: 'Where was the symposium held?' }]);
    const goodDone = discordRest.waitFor(
      'PATCH',
      new RegExp(`/webhooks/${IDS.application}/${good.token}/messages/@original`),
    );
    discord.fake.gateway.dispatch('INTERACTION_CREATE', good);
    await goodDone;
    const bad = discordSlash('ask', [{ name: 'question', type: 3, value: 'explode please' }]);
    const badDone = discordRest.waitFor('POST', new RegExp(`^/webhooks/${IDS.application}/${bad.token}$`));
    discord.fake.gateway.dispatch('INTERACTION_CREATE', bad);
    await badDone;
    const refused = discordSlash('search', [{ name: 'query', type: 3, value: 'Toulouse' }]);
    discordRest.respondOnce('PATCH', /@original$/, discordError(400, 50035, 'Invalid Form Body'));
    const refusedDone = discordRest.waitFor(
      'POST',
      new RegExp(`^/webhooks/${IDS.application}/${refused.token}$`),
    );
    discord.fake.gateway.dispatch('INTERACTION_CREATE', refused);
    await refusedDone;

    const messages = [
      // The Web API client authenticates with a `token` parameter: that is where the token belongs.
      ...slackApi.calls.map((call) => JSON.stringify({ ...call.params, token: undefined })),
      ...discordRest.requests.map((request) => JSON.stringify(request.body ?? {})),
    ];
    expect(messages.length).toBeGreaterThan(8);
    expect(logLines.length).toBeGreaterThan(5);
    // The failures above were logged, with their reference ids.
    expect(logLines.some((line) => line.includes('"ref"'))).toBe(true);
    for (const text of [...messages, ...logLines]) {
      for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    }
    for (const text of messages) expect(text).not.toMatch(STACK_TRACE);
  });

  test('error lines carry a message and a code; a stack only on the debug line after them', () => {
    const records = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const errors = records.filter(
      (record) => Number(record['level']) >= 40 && (record['err'] ?? record['error']),
    );
    // The failing command, the refused posts, the expired response_url and Discord's refusal.
    expect(errors.length).toBeGreaterThanOrEqual(4);
    for (const record of errors) {
      expect(record['err'] ?? record['error']).toMatchObject({
        message: expect.any(String),
        code: expect.any(String),
      });
    }
    const withStack = logLines.filter((line) => STACK_TRACE.test(line));
    // The logger runs at trace here, so the debug lines with stacks are there, and only they are.
    expect(withStack.length).toBeGreaterThan(0);
    for (const line of withStack) expect(JSON.parse(line)).toMatchObject({ level: 20, msg: STACK_DETAIL });
  });
});
