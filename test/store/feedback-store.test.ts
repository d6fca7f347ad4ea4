import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { MemoryFeedbackStore } from '../../src/store/memory-feedback-store.ts';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/migrations.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { answerRecord, describeFeedbackStoreContract } from './feedback-store-contract.ts';

const open: SqliteStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

function sqlite(path = ':memory:'): SqliteStore {
  const store = new SqliteStore(path, { durability: 'normal' });
  open.push(store);
  return store;
}

describeFeedbackStoreContract('MemoryFeedbackStore', () => new MemoryFeedbackStore());
describeFeedbackStoreContract('SqliteStore', () => sqlite());

test('answers and votes survive a restart of the SQLite store', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-feedback-')), 'sitrep.db');
  const first = new SqliteStore(path);
  first.recordAnswer(answerRecord('a1'));
  first.close();
  expect(sqlite(path).getAnswer('a1')).toEqual(answerRecord('a1'));
});

test('a database from before feedback gains the answers and votes tables and keeps its data', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-feedback-')), 'sitrep.db');
  const old = new Database(path);
  migrate(
    old,
    MIGRATIONS.filter((migration) => migration.version === 1),
  );
  old.prepare('INSERT INTO article_seen VALUES (?, ?)').run('a1', '2026-10-01T00:00:00.000Z');
  old.close();
  const store = sqlite(path);
  expect(store.firstSeen('a1')).toBe('2026-10-01T00:00:00.000Z');
  store.recordAnswer(answerRecord('a1'));
  expect(store.getAnswer('a1')).toEqual(answerRecord('a1'));
});
