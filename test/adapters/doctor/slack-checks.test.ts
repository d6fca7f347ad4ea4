import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkSlack } from '../../../adapters/doctor/slack-checks.ts';
import { SLACK_BOT_SCOPES } from '../../../adapters/doctor/slack-scopes.ts';
import type { SlackSettings } from '../../../src/config.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';

const ALL_SCOPES = Object.keys(SLACK_BOT_SCOPES);

let api: FakeSlackApi;
beforeEach(async () => {
  api = await FakeSlackApi.start();
});
afterEach(() => api.close());

function settings(overrides: Partial<SlackSettings> = {}): SlackSettings {
  return {
    botToken: 'xoxb-good',
    appToken: 'xapp-good',
    apiUrl: api.apiUrl,
    port: 3000,
    adminUserIds: [],
    ...overrides,
  };
}

/** auth.test as Slack answers it: the granted scopes in the x-oauth-scopes header. */
function grant(scopes: string[]): void {
  api.answer('auth.test', (call) =>
    call.token === 'xoxb-good'
      ? {
          headers: { 'x-oauth-scopes': scopes.join(',') },
          body: { ok: true, team: 'Test', user: 'sitrep', team_id: 'T0TEAM', user_id: 'U0SITREP' },
        }
      : { body: { ok: false, error: 'invalid_auth' } },
  );
}

describe('sitrep doctor › Slack (against a fake Slack)', () => {
  test('the manifest asks for exactly the scopes the doctor checks', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...ALL_SCOPES].sort());
  });

  test('good tokens with every scope: all ok, Socket Mode connection opened with the app token', async () => {
    grant(ALL_SCOPES);
    const section = await checkSlack(settings());
    expect(section.results.map((r) => [r.status, r.summary])).toEqual([
      ['ok', 'SLACK_BOT_TOKEN accepted: bot @sitrep in workspace Test'],
      ['ok', 'scopes: all 8 Sitrep uses are granted'],
      ['ok', 'Socket Mode: SLACK_APP_TOKEN accepted (no public URL needed)'],
    ]);
    expect(api.callsOf('apps.connections.open')[0]?.token).toBe('xapp-good');
    expect(api.callsOf('chat.postMessage')).toEqual([]);
  });

  test('missing scopes fail, each named with what it is for, and the fix is to reinstall', async () => {
    grant(ALL_SCOPES.filter((scope) => scope !== 'users:read' && scope !== 'groups:history'));
    const scopes = (await checkSlack(settings())).results[1];
    expect(scopes).toMatchObject({ status: 'fail', summary: 'scopes: 2 missing' });
    expect(scopes?.details).toEqual([
      'groups:history: confirm a briefing after a crash (private channels)',
      'users:read: check who may change a channel’s briefing',
    ]);
    expect(scopes?.fix).toContain('Reinstall to Workspace');
  });

  test('a refused bot token fails naming the variable, never printing the token', async () => {
    grant(ALL_SCOPES);
    const section = await checkSlack(settings({ botToken: 'xoxb-revoked-secret' }));
    expect(section.results[0]).toMatchObject({ status: 'fail', summary: 'SLACK_BOT_TOKEN was not accepted' });
    expect(section.results[0]?.fix).toContain('invalid_auth');
    expect(section.results[1]?.status).toBe('skip');
    expect(JSON.stringify(section)).not.toContain('xoxb-revoked-secret');
  });

  test('a refused app token fails Socket Mode; both modes configured warns', async () => {
    grant(ALL_SCOPES);
    api.answer('apps.connections.open', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    const refused = (await checkSlack(settings())).results[2];
    expect(refused).toMatchObject({
      status: 'fail',
      summary: 'Socket Mode: SLACK_APP_TOKEN was not accepted',
    });
    expect(refused?.fix).toContain('connections:write');

    api.answer('apps.connections.open', () => ({ body: { ok: true, url: 'ws://127.0.0.1:1' } }));
    const both = (await checkSlack(settings({ signingSecret: 'a'.repeat(32) }))).results[2];
    expect(both).toMatchObject({
      status: 'warn',
      summary: expect.stringContaining('SLACK_SIGNING_SECRET is set but unused'),
    });
  });

  test('HTTP mode: a signing secret of the wrong shape warns; a good one names the port', async () => {
    grant(ALL_SCOPES);
    const bad = await checkSlack(settings({ appToken: undefined, signingSecret: 'xoxb-not-a-secret' }));
    expect(bad.results[2]).toMatchObject({
      status: 'warn',
      summary: expect.stringContaining('does not look like'),
    });
    const good = await checkSlack(
      settings({ appToken: undefined, signingSecret: '0123456789abcdef0123456789abcdef', port: 8080 }),
    );
    expect(good.results[2]).toMatchObject({ status: 'ok', summary: expect.stringContaining('port 8080') });
  });

  test('subscribed channels: a member is ok, not_in_channel warns, an unknown channel fails', async () => {
    grant(ALL_SCOPES);
    api.answer('conversations.history', (call) => {
      const channel = String(call.params['channel']);
      if (channel === 'C0MEMBER') return { body: { ok: true, messages: [] } };
      return { body: { ok: false, error: channel === 'C0PUBLIC' ? 'not_in_channel' : 'channel_not_found' } };
    });
    const channels = (await checkSlack(settings(), ['C0MEMBER', 'C0PUBLIC', 'G0GONE'])).results.slice(3);
    expect(channels.map((r) => [r.status, r.summary])).toEqual([
      ['ok', 'channel C0MEMBER: the bot is a member'],
      ['warn', 'channel C0PUBLIC: the bot is not a member (not_in_channel)'],
      ['fail', 'channel G0GONE: the bot cannot read it (channel_not_found)'],
    ]);
    expect(channels[1]?.fix).toContain('/invite @sitrep');

    const many = (
      await checkSlack(settings(), ['C0MEMBER', 'C0MEMBER', 'C0MEMBER', 'C0MEMBER', 'G0GONE'])
    ).results.slice(3);
    expect(many.map((r) => r.summary)).toEqual([
      '4 subscribed channels: the bot is a member',
      'channel G0GONE: the bot cannot read it (channel_not_found)',
    ]);
  });

  test('not configured: skipped, not failed', async () => {
    expect((await checkSlack(undefined)).results).toEqual([
      { status: 'skip', summary: expect.stringContaining('not configured') },
    ]);
  });
});
