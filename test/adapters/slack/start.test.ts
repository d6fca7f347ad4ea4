import { type AddressInfo, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSlack } from '../../../adapters/slack/main.ts';
import { SlackSettingsError } from '../../../adapters/slack/settings.ts';
import { SlackStartError } from '../../../adapters/slack/start-failure.ts';
import { silentLogger } from '../../../src/logger.ts';
import { captureLogger } from '../../fakes/shared/capture-logger.ts';
import { unusedBot } from '../../fakes/shared/unused-bot.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';

let api: FakeSlackApi;

beforeAll(async () => {
  api = await FakeSlackApi.start();
});

afterAll(async () => {
  await api?.close();
});

async function startError(options: Partial<Parameters<typeof startSlack>[0]>): Promise<Error> {
  const error = await startSlack({
    bot: unusedBot,
    botToken: 'xoxb-secret-value',
    apiUrl: api.apiUrl,
    logger: silentLogger,
    ...options,
  }).then(
    async (adapter) => {
      await adapter.stop();
      throw new Error('startSlack should have failed');
    },
    (e: unknown) => e as Error,
  );
  return error;
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('starting the Slack adapter', () => {
  test('missing settings fail before any call to Slack, naming every variable', async () => {
    const error = await startError({ botToken: '', port: 0 });
    expect(error).toBeInstanceOf(SlackSettingsError);
    expect((error as SlackSettingsError).problems.map((p) => p.variable)).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET',
    ]);
    expect(api.calls).toEqual([]);
  });

  test('a bot token Slack refuses names SLACK_BOT_TOKEN and never shows the token', async () => {
    api.answer('auth.test', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    const error = await startError({ signingSecret: 'secret', port: 0 });
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error.message).toMatch(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
    expect(error.message).not.toContain('xoxb-secret-value');
  });

  test('an app-level token Slack refuses names SLACK_APP_TOKEN', async () => {
    api.answer('auth.test', () => ({ body: { ok: true, user_id: 'U0SITREP', bot_id: 'B0SITREP' } }));
    api.answer('apps.connections.open', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    const error = await startError({ appToken: 'xapp-secret-value' });
    expect(error.message).toMatch(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\)/);
    expect(error.message).not.toContain('xapp-secret-value');
  });

  test('an unreachable Web API is explained once, with no log lines ahead of the reason', async () => {
    const logs = captureLogger('info');
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api/`;
    const error = await startError({ signingSecret: 'secret', port: 0, apiUrl, logger: logs.logger });
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error.message).toBe(
      `Could not reach Slack's Web API at ${apiUrl} (the connection was refused, ECONNREFUSED). ` +
        'Check the network, or SLACK_API_URL if your workspace uses another host.',
    );
    expect(logs.lines.filter((line) => line.level >= 40)).toEqual([]);
  });
});
