import type Database from 'better-sqlite3';
import type { Durability } from './open-database.ts';

/**
 * Runs `write` with `synchronous = NORMAL` on a connection opened with `durability`: its commit reaches the write-ahead log but is not
 * flushed to disk, so it survives a crash of the process, not a power cut. For the records that
 * come with every chat request and whose last moments may be lost (an answer kept for votes,
 * the key of a handled Slack event): a flushed commit costs 0.3 to 2.5 ms on this project's
 * machines, more on a busy disk, and better-sqlite3 waits for it on the event loop, so at a few
 * hundred requests a second the flushes alone delayed Slack's acknowledgements past 3 s.
 * Briefing claims and subscriptions keep the connection's full durability.
 */
export function withRelaxedSync<T>(db: Database.Database, durability: Durability, write: () => T): T {
  if (durability === 'normal') return write();
  db.pragma('synchronous = NORMAL');
  try {
    return write();
  } finally {
    db.pragma('synchronous = FULL');
  }
}
