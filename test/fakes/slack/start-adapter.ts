import { type SlackAdapter, startSlack } from '../../../adapters/slack/main.ts';
import { createTestBot, type TestBotOptions } from '../../support/test-bot.ts';
import { type CapturedLogs, captureLogger } from '../shared/capture-logger.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { SIGNING_SECRET } from './payloads.ts';
import { type SpyBot, spyOn } from './spy-bot.ts';

/** The real core and the real Bolt app over HTTP on 127.0.0.1, talking to a fake Slack. */
export interface HttpHarness {
  api: FakeSlackApi;
  bot: SpyBot;
  logs: CapturedLogs;
  adapter: SlackAdapter;
  /** Where Slack would send requests (append /slack/events). */
  appUrl: string;
  close(): Promise<void>;
}

export async function startHttpHarness(botOptions: TestBotOptions = {}): Promise<HttpHarness> {
  const api = await FakeSlackApi.start();
  const bot = spyOn(await createTestBot({ schedules: true, ...botOptions }));
  const logs = captureLogger();
  const adapter = await startSlack({
    bot,
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    logger: logs.logger,
    postIntervalMs: 0,
  });
  return {
    api,
    bot,
    logs,
    adapter,
    appUrl: `http://127.0.0.1:${adapter.port}`,
    async close() {
      await adapter.stop();
      await api.close();
    },
  };
}

/** The blocks of a recorded Slack call, as JSON text to search in. */
export function blocksOf(params: Record<string, unknown>): string {
  return JSON.stringify(params['blocks']);
}
