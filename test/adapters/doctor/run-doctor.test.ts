import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runDoctor } from '../../../adapters/doctor/doctor-command.ts';
import { ConfigError, loadConfig } from '../../../src/config.ts';
import { exitCodeOf, renderReport } from '../../../src/doctor/report.ts';
import { SqliteStore } from '../../../src/store/sqlite-store.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { discordError } from '../../fakes/discord/fake-rest.ts';
import { IDS } from '../../fakes/discord/snowflakes.ts';

let dir: string;
let fake: FakeDiscord;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sitrep-doctor-'));
  fake = await startFakeDiscord();
});
afterEach(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

test('sitrep doctor over the shipped knowledge with a refused Discord token: one screen, exit 1', async () => {
  const config = loadConfig(
    {
      KNOWLEDGE_DIR: 'knowledge',
      DATA_DIR: dir,
      DISCORD_TOKEN: 'revoked',
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: fake.rest.apiUrl,
    },
    '/nonexistent/.env',
  );
  fake.rest.respondOnce('GET', /^\/users\/@me$/, discordError(401, 0, '401: Unauthorized'));
  const sections = await runDoctor(() => config);
  const screen = renderReport(sections);
  expect(screen).toContain('ok    knowledge/: 1 article from 1 file, 0 skipped');
  expect(screen).toContain('skip  not configured (SLACK_BOT_TOKEN is not set; see docs/slack.md)');
  expect(screen).toContain('FAIL  DISCORD_TOKEN was rejected by Discord (401)');
  expect(screen).toMatch(/1 problem to fix\.\n$/);
  expect(screen.split('\n').length).toBeLessThan(25);
  expect(exitCodeOf(sections)).toBe(1);
});

test('subscribed Discord channels are read from sitrep.db and checked', async () => {
  const databasePath = path.join(dir, 'sitrep.db');
  const store = new SqliteStore(databasePath);
  const now = '2026-11-20T08:00:00.000Z';
  const base = {
    time: '08:00',
    timezone: 'UTC',
    topics: [],
    weekdaysOnly: false,
    quietWhenEmpty: false,
    enabled: true,
    createdAt: now,
    updatedAt: now,
  };
  store.saveSubscription({ ...base, channel: { platform: 'discord', id: '920000000000000404' } });
  store.saveSubscription({ ...base, channel: { platform: 'slack', id: 'C0SLACK' } });
  store.close();
  const config = loadConfig(
    {
      DATA_DIR: dir,
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: fake.rest.apiUrl,
    },
    '/nonexistent/.env',
  );
  fake.rest.respondOnce('GET', /^\/users\/@me$/, {
    status: 200,
    body: { id: IDS.botUser, username: 'Sitrep' },
  });
  const discord = (await runDoctor(() => config))[2];
  expect(discord?.results.at(-1)?.summary).toBe(
    'channel 920000000000000404: the bot cannot see it (404 Unknown Channel)',
  );
});

test('a bad configuration is reported as a failed check with every problem, not a crash', async () => {
  const sections = await runDoctor(() => {
    throw new ConfigError(
      'Invalid configuration:\n  DISCORD_APPLICATION_ID: required with DISCORD_TOKEN.\nSee .env.example.',
    );
  });
  expect(sections[0]?.results[1]).toMatchObject({
    status: 'fail',
    summary: 'Invalid configuration:',
    details: ['DISCORD_APPLICATION_ID: required with DISCORD_TOKEN.'],
  });
  expect(exitCodeOf(sections)).toBe(1);
});
