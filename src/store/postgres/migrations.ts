import { SchemaVersionError } from '../sqlite/migrations.ts';
import type { LockKeys } from './lock-keys.ts';
import type { SyncPostgres } from './sync-postgres.ts';

/** One schema change. Versions only grow; a released migration is never edited, only followed. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

// Columns hold the same values as SQLite's (ISO instants and JSON as text), so both stores share
// one row mapping and return identical records. COLLATE "C" makes ordering byte order, as in
// SQLite and JavaScript, whatever the database's locale.
export const POSTGRES_MIGRATIONS: PostgresMigration[] = [
  {
    version: 1,
    name: 'subscriptions, digest runs, sent articles, feeds, first seen, replicas, event keys',
    sql: `
      CREATE TABLE subscriptions (
        channel_key TEXT COLLATE "C" PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        workspace_id TEXT,
        channel_name TEXT,
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        topics TEXT NOT NULL,
        weekdays_only INTEGER NOT NULL,
        quiet_when_empty INTEGER NOT NULL,
        enabled INTEGER NOT NULL,
        disabled_reason TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE digest_runs (
        key TEXT COLLATE "C" PRIMARY KEY,
        channel_key TEXT COLLATE "C" NOT NULL,
        channel TEXT NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'manual')),
        local_day TEXT NOT NULL,
        scheduled_for TEXT,
        window_since TEXT COLLATE "C" NOT NULL,
        window_until TEXT COLLATE "C" NOT NULL,
        article_ids TEXT NOT NULL,
        headline TEXT,
        claimed_at TEXT COLLATE "C" NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'unconfirmed')),
        attempts INTEGER NOT NULL,
        sent_at TEXT,
        message_ids TEXT NOT NULL,
        failure TEXT,
        failure_kind TEXT,
        claimed_by INTEGER
      );
      CREATE INDEX digest_runs_by_channel ON digest_runs (channel_key, claimed_at);
      CREATE INDEX digest_runs_by_status ON digest_runs (status);
      CREATE TABLE sent_articles (
        channel_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        run_key TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (channel_key, article_id)
      );
      CREATE TABLE feed_states (
        url TEXT PRIMARY KEY,
        state TEXT NOT NULL
      );
      CREATE TABLE feed_items (
        id BIGSERIAL PRIMARY KEY,
        feed_url TEXT NOT NULL,
        keys TEXT NOT NULL,
        article TEXT NOT NULL,
        first_seen_at TEXT NOT NULL
      );
      CREATE TABLE feed_item_keys (
        key TEXT PRIMARY KEY,
        item_id BIGINT NOT NULL REFERENCES feed_items (id)
      );
      CREATE TABLE article_seen (
        article_id TEXT PRIMARY KEY,
        first_seen_at TEXT NOT NULL
      );
      CREATE TABLE replicas (
        id SERIAL PRIMARY KEY,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        started_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE event_keys (
        key TEXT PRIMARY KEY,
        seen_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE INDEX event_keys_by_age ON event_keys (seen_at);
      CREATE TABLE subscription_revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        revision BIGINT NOT NULL
      );
      INSERT INTO subscription_revision VALUES (1, 0);
    `,
  },
  {
    version: 2,
    name: 'answers, refused questions and votes',
    // `seq` keeps insertion order among answers asked in the same millisecond, as SQLite's rowid does.
    sql: `
      CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        channel_key TEXT COLLATE "C" NOT NULL,
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        question TEXT NOT NULL,
        answered INTEGER NOT NULL,
        answer TEXT,
        article_id TEXT,
        sentence TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        closest TEXT NOT NULL,
        asked_at TEXT COLLATE "C" NOT NULL,
        seq BIGSERIAL NOT NULL
      );
      CREATE INDEX answers_by_time ON answers (asked_at);
      CREATE INDEX answers_by_asker ON answers (channel_key, user_id, asked_at);
      CREATE TABLE votes (
        answer_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        channel_key TEXT COLLATE "C" NOT NULL,
        channel TEXT NOT NULL,
        question TEXT NOT NULL,
        article_id TEXT,
        sentence TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        voted_at TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (answer_id, user_id)
      );
      CREATE INDEX votes_by_time ON votes (voted_at);
      CREATE INDEX votes_by_channel ON votes (channel_key);
    `,
  },
  {
    version: 3,
    name: 'weekly gaps posts: their subscriptions, and their runs beside the briefings',
    sql: `
      CREATE TABLE gaps_subscriptions (
        channel_key TEXT COLLATE "C" PRIMARY KEY,
        channel TEXT NOT NULL,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        disabled_reason TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      ALTER TABLE digest_runs DROP CONSTRAINT digest_runs_trigger_check;
      ALTER TABLE digest_runs ADD CONSTRAINT digest_runs_trigger_check
        CHECK (trigger IN ('schedule', 'manual', 'gaps'));
    `,
  },
];

/**
 * Brings the schema up to the latest version under an advisory lock, one migration per
 * transaction, recorded in `schema_migrations`. Replicas starting at once queue on the lock;
 * the first applies the migrations, the others then find nothing left to do.
 */
export function migratePostgres(
  db: SyncPostgres,
  keys: LockKeys,
  migrations: PostgresMigration[] = POSTGRES_MIGRATIONS,
): number {
  const [space, id] = keys.migrations;
  db.query('SELECT pg_advisory_lock($1, $2)', [space, id]);
  try {
    db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const [row] = db.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_migrations',
    );
    const current = row?.version ?? 0;
    const latest = Math.max(0, ...migrations.map((migration) => migration.version));
    if (current > latest) throw new SchemaVersionError(current, latest);
    for (const migration of migrations.filter((m) => m.version > current)) {
      db.transaction(() => {
        db.query(migration.sql);
        db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
      });
    }
    return Math.max(current, latest);
  } finally {
    db.query('SELECT pg_advisory_unlock($1, $2)', [space, id]);
  }
}
