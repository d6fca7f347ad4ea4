import { describe, expect, test } from 'vitest';
import { slackModeOf, validateSlackSettings } from '../../../adapters/slack/settings.ts';

const socket = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
const http = {
  SLACK_BOT_TOKEN: 'xoxb-1',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  PORT: '3000',
};

function variables(env: Parameters<typeof validateSlackSettings>[0], required = false): string[] {
  return validateSlackSettings(env, { required }).map((problem) => problem.variable);
}

describe('validateSlackSettings', () => {
  test('no Slack variable at all means Slack is off, unless the adapter is being started', () => {
    expect(validateSlackSettings({})).toEqual([]);
    expect(variables({}, true)).toEqual(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET']);
  });

  test('accepts Socket Mode and HTTP settings', () => {
    expect(validateSlackSettings(socket)).toEqual([]);
    expect(validateSlackSettings(http)).toEqual([]);
    expect(validateSlackSettings({ ...socket, SLACK_API_URL: 'https://slack-gov.com/api/' })).toEqual([]);
    expect(slackModeOf(socket)).toBe('socket');
    expect(slackModeOf(http)).toBe('http');
  });

  test('a half-configured adapter names each missing variable and where to find it', () => {
    const problems = validateSlackSettings({ SLACK_SIGNING_SECRET: http.SLACK_SIGNING_SECRET });
    expect(problems).toEqual([
      { variable: 'SLACK_BOT_TOKEN', message: expect.stringContaining('OAuth & Permissions') },
    ]);
    expect(validateSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1' })[0]?.message).toMatch(
      /^SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: set one\. .*Socket Mode.*HTTP receiver/,
    );
  });

  test('tokens pasted into the wrong variable are recognised', () => {
    const swapped = validateSlackSettings({ SLACK_BOT_TOKEN: 'xapp-1', SLACK_APP_TOKEN: 'xoxb-1' });
    expect(swapped.map((p) => p.variable)).toEqual(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN']);
    expect(swapped[0]?.message).toContain('belongs in SLACK_APP_TOKEN');
    expect(swapped[1]?.message).toContain('belongs in SLACK_BOT_TOKEN');
    expect(variables({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 'xoxb-2' })).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
    ]);
  });

  test('rejects a bad port, an insecure API URL and admin names instead of member ids', () => {
    expect(variables({ ...http, PORT: 'eighty' })).toEqual(['PORT']);
    expect(variables({ ...socket, PORT: 'eighty' })).toEqual([]);
    expect(variables({ ...socket, SLACK_API_URL: 'http://slack.example.com/api/' })).toEqual([
      'SLACK_API_URL',
    ]);
    expect(variables({ ...socket, SLACK_API_URL: 'http://127.0.0.1:9000/api/' })).toEqual([]);
    expect(variables({ ...socket, SLACK_API_URL: 'slack-gov' })).toEqual(['SLACK_API_URL']);
    const admins = validateSlackSettings({ ...socket, SLACK_DIGEST_ADMINS: 'U012AB3CDE, @ana' });
    expect(admins).toEqual([
      { variable: 'SLACK_DIGEST_ADMINS', message: expect.stringContaining('"@ana" is not a member ID') },
    ]);
  });

  test('reports every problem at once', () => {
    expect(variables({ SLACK_BOT_TOKEN: 'bad', PORT: '-1', SLACK_API_URL: 'ftp://x' })).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET',
      'PORT',
      'SLACK_API_URL',
    ]);
  });
});
