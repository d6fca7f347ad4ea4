import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SlackAdapter, startSlack } from '../../../adapters/slack/main.ts';
import { silentLogger } from '../../../src/logger.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';
import { FakeSocketMode } from '../../fakes/slack/fake-socket-mode.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { createTestBot } from '../../support/test-bot.ts';

let api: FakeSlackApi;
let socket: FakeSocketMode;
let adapter: SlackAdapter;

beforeAll(async () => {
  [api, socket] = await Promise.all([FakeSlackApi.start(), FakeSocketMode.start()]);
  api.socketUrl = socket.url;
  adapter = await startSlack({
    bot: await createTestBot(),
    botToken: 'xoxb-test-token',
    appToken: 'xapp-1-test-token',
    apiUrl: api.apiUrl,
    logger: silentLogger,
  });
});

afterAll(async () => {
  await adapter?.stop();
  // The client's close handshake must finish first, or its 30 s fallback timer holds the process.
  await socket?.closed;
  await Promise.all([socket?.close(), api?.close()]);
});

describe('Slack adapter in Socket Mode', () => {
  test('opens the connection with the app-level token', async () => {
    expect(adapter.mode).toBe('socket');
    expect(adapter.port).toBeUndefined();
    await socket.connected;
    expect(api.callsOf('apps.connections.open')[0]?.token).toBe('xapp-1-test-token');
  });

  test('acknowledges a slash command envelope and answers at response_url', async () => {
    const question = 'Where was the inaugural NATO Space Symposium held?';
    const ack = await socket.push('slash_commands', slashCommand(question, api.responseUrl('socket-1')));
    expect(ack.envelope_id).toEqual(expect.any(String));
    const answer = await api.waitFor('response_url', (call) => call.responseId === 'socket-1');
    expect(answer.params['response_type']).toBe('ephemeral');
    expect(answer.params['text']).toContain('Toulouse');
    expect(JSON.stringify(answer.params['blocks'])).toContain('[1] USSPACECOM');
  });
});
