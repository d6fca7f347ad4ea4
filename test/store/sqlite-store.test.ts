import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { MIGRATIONS, migrate, SchemaVersionError } from '../../src/store/sqlite/migrations.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { describeStoreContract, subscription } from './store-contract.ts';

const root = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
let counter = 0;
const freshPath = () => join(root, `run-${++counter}`, 'data', 'sitrep.db');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeStoreContract('SqliteStore', () => new SqliteStore(freshPath()));

describe('SqliteStore on disk', () => {
  test('creates the directory and the file, in WAL mode, at the latest schema version', () => {
    const path = freshPath();
    const store = new SqliteStore(path);
    expect(existsSync(path)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(versions).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })));
    store.close();
  });

  test('keeps everything across a close and reopen', () => {
    const path = freshPath();
    const first = new SqliteStore(path);
    const channel = { platform: 'slack' as const, id: 'C1' };
    first.saveSubscription(subscription(channel, { topics: ['space'], weekdaysOnly: true }));
    first.markSeen(['a1'], '2026-10-20T06:00:00.000Z');
    first.close();
    const second = new SqliteStore(path);
    expect(second.getSubscription(channel)).toEqual(
      subscription(channel, { topics: ['space'], weekdaysOnly: true }),
    );
    expect(second.firstSeen('a1')).toBe('2026-10-20T06:00:00.000Z');
    second.close();
  });

  test('per-request records skip the disk flush; the connection stays fully durable for the rest', () => {
    const path = freshPath();
    const store = new SqliteStore(path);
    const full = 2;
    expect(store.db.pragma('synchronous', { simple: true })).toBe(full);
    expect(store.recordEventKey('command:1.2', '2026-10-20T06:00:00.000Z')).toBe(true);
    expect(store.recordEventKey('command:1.2', '2026-10-20T06:00:01.000Z')).toBe(false);
    store.recordAnswer({
      id: 'a1',
      channel: { platform: 'slack', id: 'C1' },
      userId: 'U1',
      askedAt: '2026-10-20T06:00:00.000Z',
      question: 'where?',
      answered: false,
      confidence: 0.1,
      closest: [],
    });
    expect(store.db.pragma('synchronous', { simple: true })).toBe(full);
    store.close();
    const reopened = new SqliteStore(path);
    expect(reopened.getAnswer('a1')).toMatchObject({ question: 'where?' });
    expect(reopened.recordEventKey('command:1.2', '2026-10-20T06:00:02.000Z')).toBe(false);
    reopened.close();
  });

  test('applies only the migrations not yet applied, and refuses a newer database', () => {
    const db = new Database(':memory:');
    const latest = MIGRATIONS.length;
    const extra = { version: latest + 1, name: 'notes', sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY)' };
    expect(migrate(db)).toBe(latest);
    expect(migrate(db, [...MIGRATIONS, extra])).toBe(latest + 1);
    expect(migrate(db, [...MIGRATIONS, extra])).toBe(latest + 1);
    expect(() => migrate(db)).toThrow(SchemaVersionError);
    expect(() => migrate(db)).toThrow(new RegExp(`schema version ${latest + 1}.*up to ${latest}`));
    db.close();
  });

  test('a database from before weekly gaps posts keeps its runs and takes gaps runs too', () => {
    const path = freshPath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    migrate(
      old,
      MIGRATIONS.filter((migration) => migration.version <= 3),
    );
    old
      .prepare(
        `INSERT INTO digest_runs VALUES ('slack:C1:2026-10-20', 'slack:C1', '{"platform":"slack","id":"C1"}',
         'schedule', '2026-10-20', NULL, 'a', 'b', '[]', NULL, '2026-10-20T06:00:00.000Z', 'sent', 1, NULL, '[]', NULL)`,
      )
      .run();
    old.close();
    const store = new SqliteStore(path);
    expect(store.getRun('slack:C1:2026-10-20')).toMatchObject({ trigger: 'schedule', status: 'sent' });
    const claimed = store.claimRun({
      key: 'slack:C1:gaps:2026-W43',
      channel: { platform: 'slack', id: 'C1' },
      trigger: 'gaps',
      localDay: '2026-10-19',
      window: { since: 'a', until: 'b' },
      articleIds: [],
      claimedAt: '2026-10-19T07:00:00.000Z',
    });
    expect(claimed).toMatchObject({ trigger: 'gaps', status: 'claimed' });
    store.close();
  });

  test('a process killed in the middle of a write leaves the database as before that write', () => {
    const path = freshPath();
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/store/crash-mid-write.script.ts', path],
      {
        encoding: 'utf8',
        timeout: 15_000,
      },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).toBe('claimed\n');
    const store = new SqliteStore(path);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.getRun('slack:C0CRASH:2026-10-20')).toMatchObject({ status: 'claimed', messageIds: [] });
    expect(store.sentArticles({ platform: 'slack', id: 'C0CRASH' }, ['a1', 'a2', 'a3'])).toEqual(new Set());
    store.close();
  });
});

describe('SqliteStore shared between connections', () => {
  test('a subscription written through another connection changes the revision', () => {
    const path = freshPath();
    const scheduler = new SqliteStore(path);
    const commands = new SqliteStore(path);
    const before = scheduler.subscriptionsRevision();
    commands.saveSubscription(subscription({ platform: 'slack', id: 'C9' }));
    expect(scheduler.subscriptionsRevision()).not.toBe(before);
    expect(scheduler.listSubscriptions()).toHaveLength(1);
    scheduler.close();
    commands.close();
  });
});
