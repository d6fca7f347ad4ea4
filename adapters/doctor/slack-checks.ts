import { webApi } from '@slack/bolt';
import type { SlackSettings } from '../../src/config.ts';
import {
  type CheckResult,
  type CheckSection,
  fail,
  foldInOrder,
  ok,
  skip,
  warn,
} from '../../src/doctor/check-result.ts';
import { explainStartFailure } from '../slack/start-failure.ts';
import { SLACK_BOT_SCOPES } from './slack-scopes.ts';

const REINSTALL =
  'Paste manifest.json under your Slack app › App Manifest, then Install App › Reinstall to Workspace.';

/**
 * Slack, as configured: the bot token is accepted (`auth.test`) and holds every scope Sitrep
 * uses; in Socket Mode the app-level token opens a connection (`apps.connections.open`); over
 * HTTP the signing secret looks like one. Nothing is posted anywhere.
 */
export async function checkSlack(
  settings: SlackSettings | undefined,
  subscribedChannels: string[] = [],
): Promise<CheckSection> {
  if (!settings)
    return {
      title: 'Slack',
      results: [skip('not configured (SLACK_BOT_TOKEN is not set; see docs/slack.md)')],
    };
  const client = (token: string) =>
    new webApi.WebClient(token, {
      slackApiUrl: settings.apiUrl,
      retryConfig: { retries: 0 },
      timeout: 10_000,
      logLevel: webApi.LogLevel.ERROR,
    });
  const results: CheckResult[] = [];
  const bot = client(settings.botToken);
  const auth = await botToken(bot, settings.apiUrl);
  results.push(...auth);
  results.push(
    settings.appToken ? await socketMode(client(settings.appToken), settings) : httpMode(settings),
  );
  if (auth[0]?.status === 'ok') {
    const channels = await Promise.all(subscribedChannels.map((channel) => channelCheck(bot, channel)));
    results.push(...foldInOrder(channels, (count) => `${count} subscribed channels: the bot is a member`));
  }
  return { title: 'Slack', results };
}

async function botToken(client: webApi.WebClient, apiUrl: string | undefined): Promise<CheckResult[]> {
  let response: webApi.AuthTestResponse;
  try {
    response = await client.auth.test();
  } catch (error) {
    return [
      fail('SLACK_BOT_TOKEN was not accepted', explainStartFailure(error, 'SLACK_BOT_TOKEN', apiUrl).message),
      skip('scopes: not checked (the bot token must work first)'),
    ];
  }
  const who = `SLACK_BOT_TOKEN accepted: bot @${response.user ?? '?'} in workspace ${response.team ?? '?'}`;
  const granted = response.response_metadata?.scopes;
  if (!granted) {
    return [
      ok(who),
      warn(
        'scopes: Slack did not list the granted scopes',
        `Compare OAuth & Permissions with manifest.json.`,
      ),
    ];
  }
  const missing = Object.keys(SLACK_BOT_SCOPES).filter((scope) => !granted.includes(scope));
  if (missing.length === 0)
    return [ok(who), ok(`scopes: all ${Object.keys(SLACK_BOT_SCOPES).length} Sitrep uses are granted`)];
  return [
    ok(who),
    fail(
      `scopes: ${missing.length} missing`,
      REINSTALL,
      missing.map((scope) => `${scope}: ${SLACK_BOT_SCOPES[scope]}`),
    ),
  ];
}

async function socketMode(client: webApi.WebClient, settings: SlackSettings): Promise<CheckResult> {
  try {
    await client.apps.connections.open();
  } catch (error) {
    return fail(
      'Socket Mode: SLACK_APP_TOKEN was not accepted',
      `${explainStartFailure(error, 'SLACK_APP_TOKEN', settings.apiUrl).message} The token needs the connections:write scope, and Socket Mode must be on in the app settings.`,
    );
  }
  if (settings.signingSecret) {
    return warn(
      'Socket Mode: SLACK_APP_TOKEN accepted; SLACK_SIGNING_SECRET is set but unused',
      'Socket Mode wins when SLACK_APP_TOKEN is set. Remove SLACK_SIGNING_SECRET, or remove SLACK_APP_TOKEN to receive requests over HTTP.',
    );
  }
  return ok('Socket Mode: SLACK_APP_TOKEN accepted (no public URL needed)');
}

function httpMode(settings: SlackSettings): CheckResult {
  const secret = settings.signingSecret ?? '';
  if (!/^[0-9a-f]{32}$/i.test(secret)) {
    return warn(
      'HTTP: SLACK_SIGNING_SECRET does not look like a signing secret (32 hexadecimal characters)',
      'Copy it from Basic Information › App Credentials › Signing Secret (not the Client Secret or a token).',
    );
  }
  return ok(
    `HTTP: requests expected on port ${settings.port} at /slack/events (Slack must reach it over HTTPS; doctor cannot check that from here)`,
  );
}

/**
 * A subscribed channel: the bot must be a member to find a briefing again after a crash
 * (conversations.history), and to post at all in a private channel. Reads one message at most.
 */
async function channelCheck(client: webApi.WebClient, channel: string): Promise<CheckResult> {
  try {
    await client.conversations.history({ channel, limit: 1 });
    return ok(`channel ${channel}: the bot is a member`);
  } catch (error) {
    const code = String((error as webApi.WebAPIPlatformError).data?.error ?? (error as Error).message);
    if (code === 'not_in_channel') {
      return warn(
        `channel ${channel}: the bot is not a member (not_in_channel)`,
        'Invite it with /invite @sitrep: briefings still post in a public channel, but a briefing interrupted by a crash cannot be confirmed and is not posted again.',
      );
    }
    return fail(
      `channel ${channel}: the bot cannot read it (${code})`,
      'Invite the bot to the channel (a private channel needs it), or unsubscribe the channel with /sitrep digest unsubscribe.',
    );
  }
}
