import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const load = (env: Record<string, string>, starting = false) =>
  loadConfig(env, '/nonexistent/.env', { starting });

/** The ConfigError's lines, one problem each, without the heading and the closing hint. */
function problemsOf(env: Record<string, string>, starting = false): string[] {
  try {
    load(env, starting);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim());
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  test('defaults run the console over knowledge/ with state in data/', () => {
    const config = load({});
    expect(config).toMatchObject({
      knowledgeDir: 'knowledge',
      dataDir: 'data',
      databasePath: 'data/sitrep.db',
    });
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
  });

  test('a stop gives work in flight 10 s unless STOP_GRACE_SECONDS says otherwise', () => {
    expect(load({}).stopGraceSeconds).toBe(10);
    expect(load({ STOP_GRACE_SECONDS: '2.5' }).stopGraceSeconds).toBe(2.5);
    expect(() => load({ STOP_GRACE_SECONDS: '-1' })).toThrow(/STOP_GRACE_SECONDS/);
  });

  test('recorded questions and votes are kept 90 days unless FEEDBACK_RETENTION_DAYS says otherwise', () => {
    expect(load({}).feedbackRetentionDays).toBe(90);
    expect(load({ FEEDBACK_RETENTION_DAYS: '30' }).feedbackRetentionDays).toBe(30);
    expect(() => load({ FEEDBACK_RETENTION_DAYS: '0' })).toThrow(/FEEDBACK_RETENTION_DAYS/);
  });

  test('platform settings turn on their adapters', () => {
    const config = load({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: '123456789012345678',
    });
    expect(config.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1' });
    expect(config.discord).toMatchObject({ token: 'abc', applicationId: '123456789012345678' });
  });

  test('every problem is reported at once, naming each variable and the fix', () => {
    const error = (() => {
      try {
        load({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 'abc', DIGEST_TIMEZONE: 'Mars/Olympus' });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET');
    expect(error.message).toContain('DISCORD_APPLICATION_ID');
    expect(error.message).toContain('DIGEST_TIMEZONE');
  });

  test('a token never appears in the error message', () => {
    expect(() => load({ SLACK_BOT_TOKEN: 'secret-user-token', SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/xoxb-/);
    try {
      load({ SLACK_BOT_TOKEN: 'secret-user-token', SLACK_APP_TOKEN: 'xapp-1' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-user-token');
    }
  });

  test('DATABASE_URL selects PostgreSQL; shard settings come in pairs and below the count', () => {
    expect(load({}).postgres).toBeUndefined();
    expect(load({ DATABASE_URL: 'postgres://u:p@db:5432/sitrep' }).postgres).toEqual({
      url: 'postgres://u:p@db:5432/sitrep',
      schema: 'public',
    });
    const discord = { DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '123456789012345678' };
    expect(load({ ...discord, DISCORD_SHARD_IDS: '0, 2', DISCORD_SHARD_COUNT: '4' }).discord?.shards).toEqual(
      {
        ids: [0, 2],
        count: 4,
      },
    );
    expect(() => load({ DATABASE_URL: 'mysql://db/sitrep' })).toThrow(/DATABASE_URL: use postgres:\/\//);
    expect(() => load({ ...discord, DISCORD_SHARD_IDS: '0' })).toThrow(/set both/);
    expect(() => load({ ...discord, DISCORD_SHARD_IDS: '0,4', DISCORD_SHARD_COUNT: '4' })).toThrow(
      /shard 4 is not below DISCORD_SHARD_COUNT \(4\)/,
    );
  });

  test('a bad number and swapped Slack tokens are reported together, in words', () => {
    const problems = problemsOf({ PORT: 'eighty', SLACK_BOT_TOKEN: 'xapp-1-A', SLACK_APP_TOKEN: 'xoxb-2-B' });
    expect(problems).toEqual([
      'PORT is "eighty"; it must be a whole number from 0 to 65535 (the HTTP port), e.g. PORT=3000.',
      'SLACK_BOT_TOKEN and SLACK_APP_TOKEN are swapped: the xoxb-… token goes in SLACK_BOT_TOKEN, the xapp-… token in SLACK_APP_TOKEN.',
    ]);
  });

  test('every bad setting is named with what it must be and an example; no schema jargon', () => {
    const problems = problemsOf({
      LOG_LEVEL: 'loud',
      DIGEST_TIME: '8 o clock',
      DIGEST_GRACE_HOURS: 'lots',
      FEED_POLL_MINUTES: '0',
      DISCORD_MESSAGE_CONTENT: 'maybe',
      DIGEST_TIMEZONE: 'Mars/Olympus',
    });
    expect(problems).toHaveLength(6);
    for (const variable of [
      'LOG_LEVEL',
      'DIGEST_TIME',
      'DIGEST_GRACE_HOURS',
      'FEED_POLL_MINUTES',
      'DISCORD_MESSAGE_CONTENT',
    ]) {
      const line = problems.find((problem) => problem.startsWith(`${variable} is "`));
      expect(line, variable).toMatch(new RegExp(`; it must be .*e\\.g\\. ${variable}=`));
    }
    expect(problems.join('\n')).not.toMatch(/Invalid input|expected|received|NaN/);
  });

  test('DIGEST_TIME is read like a subscription time: "7am" is 07:00, "25:00" is refused', () => {
    expect(load({ DIGEST_TIME: '7am' }).digest.time).toBe('07:00');
    expect(load({ DIGEST_TIME: '8:30' }).digest.time).toBe('08:30');
    expect(problemsOf({ DIGEST_TIME: '25:00' })).toEqual([
      'DIGEST_TIME is "25:00"; it must be a 24-hour time of day, e.g. DIGEST_TIME=08:00.',
    ]);
  });

  test('a Discord application or server id must be a snowflake (17 to 20 digits)', () => {
    const problems = problemsOf({
      DISCORD_TOKEN: 'a.b.c',
      DISCORD_APPLICATION_ID: 'abc',
      DISCORD_GUILD_ID: '12',
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^DISCORD_APPLICATION_ID is "abc"; an application ID is a number of 17 to 20 digits/,
      ),
      expect.stringMatching(/^DISCORD_GUILD_ID is "12"; a server ID is a number of 17 to 20 digits/),
    ]);
    expect(
      problemsOf({ DISCORD_TOKEN: '123456789012345678', DISCORD_APPLICATION_ID: '123456789012345678' }),
    ).toEqual([expect.stringMatching(/^DISCORD_TOKEN: this is an ID, not a bot token/)]);
  });

  test('the application id alone is enough for commands, but not to start the bot', () => {
    const config = load({ DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(config.discordApplicationId).toBe('123456789012345678');
    expect(config.discord).toBeUndefined();
    expect(problemsOf({ DISCORD_APPLICATION_ID: '123456789012345678' }, true)).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN: required to run the Discord adapter/),
    ]);
  });
});
