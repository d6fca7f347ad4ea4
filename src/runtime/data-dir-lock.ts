import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Thrown when another Sitrep process holds the data directory; the message says which and what to do. */
export class DataDirLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirLockedError';
  }
}

/** An exclusive hold on a data directory, released by `release()` or by the process ending. */
export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = 'sitrep.lock';
const OWNER_FILE = 'sitrep.lock.json';

/**
 * Takes the data directory for this process alone: two bots on one `data/` would both post
 * every briefing, and two writers would meet as "database is locked" errors mid-command.
 *
 * The hold is an operating-system lock on `data/sitrep.lock`, taken through SQLite (an exclusive
 * transaction that stays open): the kernel drops it when the process ends however it ends, so a
 * killed process never leaves a stale lock behind and no pid has to be trusted. Who holds it is
 * written next to it (`sitrep.lock.json`) for the message the next process shows.
 *
 * @throws DataDirLockedError when another process holds the directory.
 */
export function lockDataDir(dataDir: string, { now = () => new Date() } = {}): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new DataDirLockedError(lockedMessage(dataDir));
    }
    throw error;
  }
  const ownerFile = path.join(dataDir, OWNER_FILE);
  const owner = { pid: process.pid, since: now().toISOString(), command: process.argv.slice(2).join(' ') };
  writeFileSync(ownerFile, `${JSON.stringify(owner)}\n`);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      rmSync(ownerFile, { force: true });
      db.close();
    },
  };
}

function lockedMessage(dataDir: string): string {
  const owner = readOwner(path.join(dataDir, OWNER_FILE));
  const who = owner
    ? `another Sitrep process (pid ${owner.pid}${owner.command ? `, "sitrep ${owner.command}"` : ''}, since ${owner.since})`
    : 'another Sitrep process';
  return (
    `${who} is using the data directory ${dataDir}. ` +
    'Only one Sitrep process may use a data directory at a time: stop the other one first, ' +
    'or give this one its own with --data DIR (or DATA_DIR).'
  );
}

function readOwner(file: string): { pid: number; since: string; command?: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
      pid?: unknown;
      since?: unknown;
      command?: unknown;
    };
    if (typeof parsed.pid !== 'number' || typeof parsed.since !== 'string') return undefined;
    return {
      pid: parsed.pid,
      since: parsed.since,
      ...(typeof parsed.command === 'string' ? { command: parsed.command } : {}),
    };
  } catch {
    return undefined;
  }
}
