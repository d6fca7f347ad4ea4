import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';
import { explainStorageError } from './storage-error.ts';

/**
 * `full` (the default) syncs every commit to disk, so a claim survives a power cut before the
 * digest it guards is posted. `normal` survives a crash of the process but may lose the last
 * commits on a power cut; it is much faster on slow disks (tests, simulations).
 */
export type Durability = 'full' | 'normal';

/**
 * Opens (creating the directory and file when needed) and migrates Sitrep's database.
 * WAL keeps readers and the writer apart and makes each transaction atomic across a crash.
 */
export function openDatabase(path: string, durability: Durability = 'full'): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    assertIntact(db);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw explainStorageError(error, path);
  }
}

/**
 * A truncated or damaged file can open and fail only later, mid-briefing; a quick check at start
 * (milliseconds for Sitrep's small state) refuses it up front instead.
 */
function assertIntact(db: Database.Database): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') {
    throw Object.assign(new Error(`integrity check failed: ${String(result)}`), { code: 'SQLITE_CORRUPT' });
  }
}
