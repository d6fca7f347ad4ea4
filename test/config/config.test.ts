import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const load = (env: Record<string, string>) => loadConfig(env, '/nonexistent/.env');

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
      DISCORD_APPLICATION_ID: '42',
    });
    expect(config.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1' });
    expect(config.discord).toMatchObject({ token: 'abc', applicationId: '42' });
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
    const discord = { DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '42' };
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
});
