import { chmodSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'sitrep-damaged-'));

/** A real database with some state in it, closed. */
function databaseWithState(path: string): void {
  const store = new SqliteStore(path, { durability: 'normal' });
  store.markSeen(
    Array.from({ length: 3_000 }, (_, i) => `article-${i}`),
    '2024-05-06T12:00:00Z',
  );
  store.close();
}

describe('a damaged sitrep.db is refused with a clear message and left untouched', () => {
  test('a file that is not a database', () => {
    const path = join(dataDir(), 'sitrep.db');
    writeFileSync(path, 'not a database at all\n'.repeat(200));
    const before = readFileSync(path);
    expect(() => new SqliteStore(path)).toThrow(
      /sitrep\.db is damaged or is not a Sitrep database .*Sitrep left it as it is.*mv .*sitrep\.db .*sitrep\.db\.broken/,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('a truncated database', () => {
    const path = join(dataDir(), 'sitrep.db');
    databaseWithState(path);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const size = statSync(path).size;
    expect(() => new SqliteStore(path)).toThrow(/is damaged or is not a Sitrep database/);
    expect(statSync(path).size).toBe(size);
  });

  test('an intact database opens with its state', () => {
    const path = join(dataDir(), 'sitrep.db');
    databaseWithState(path);
    const store = new SqliteStore(path);
    expect(store.firstSeen('article-2999')).toBe('2024-05-06T12:00:00Z');
    store.close();
  });

  test.skipIf(process.getuid?.() === 0)('a data directory Sitrep cannot write', () => {
    const dir = dataDir();
    chmodSync(dir, 0o500);
    try {
      expect(() => new SqliteStore(join(dir, 'sitrep.db'))).toThrow(/cannot write .*writable by this user/);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});

describe('a full disk', () => {
  test('fails the write with SQLite\'s "full" error and loses nothing already stored', () => {
    const path = join(dataDir(), 'sitrep.db');
    databaseWithState(path);
    const store = new SqliteStore(path, { durability: 'normal' });
    // A capped database stands in for a full file system: no page can be added.
    const pages = Number(store.db.pragma('page_count', { simple: true }));
    store.db.pragma(`max_page_count = ${pages}`);
    expect(() =>
      store.markSeen(
        Array.from({ length: 20_000 }, (_, i) => `late-${i}`),
        '2024-05-07T12:00:00Z',
      ),
    ).toThrow(/full/);
    store.close();
    const reopened = new SqliteStore(path);
    expect(reopened.firstSeen('article-2999')).toBe('2024-05-06T12:00:00Z');
    expect(reopened.firstSeen('late-0')).toBeUndefined();
    reopened.close();
  });
});
