import type Database from 'better-sqlite3';

/** One schema change. Versions only grow; a released migration is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'subscriptions, digest runs, sent articles, feeds, first seen',
    sql: `
      CREATE TABLE subscriptions (
        channel_key TEXT PRIMARY KEY,
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
        key TEXT PRIMARY KEY,
        channel_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'manual')),
        local_day TEXT NOT NULL,
        scheduled_for TEXT,
        window_since TEXT NOT NULL,
        window_until TEXT NOT NULL,
        article_ids TEXT NOT NULL,
        headline TEXT,
        claimed_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'unconfirmed')),
        attempts INTEGER NOT NULL,
        sent_at TEXT,
        message_ids TEXT NOT NULL,
        failure TEXT
      );
      CREATE INDEX digest_runs_by_channel ON digest_runs (channel_key, claimed_at);
      CREATE INDEX digest_runs_by_status ON digest_runs (status);
      CREATE TABLE sent_articles (
        channel_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        run_key TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (channel_key, article_id)
      ) WITHOUT ROWID;
      CREATE TABLE feed_states (
        url TEXT PRIMARY KEY,
        state TEXT NOT NULL
      );
      CREATE TABLE feed_items (
        id INTEGER PRIMARY KEY,
        feed_url TEXT NOT NULL,
        keys TEXT NOT NULL,
        article TEXT NOT NULL,
        first_seen_at TEXT NOT NULL
      );
      CREATE TABLE feed_item_keys (
        key TEXT PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES feed_items (id)
      ) WITHOUT ROWID;
      CREATE TABLE article_seen (
        article_id TEXT PRIMARY KEY,
        first_seen_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'answers, refused questions and votes',
    sql: `
      CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        channel_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        question TEXT NOT NULL,
        answered INTEGER NOT NULL,
        answer TEXT,
        article_id TEXT,
        sentence TEXT,
        confidence REAL NOT NULL,
        closest TEXT NOT NULL,
        asked_at TEXT NOT NULL
      );
      CREATE INDEX answers_by_time ON answers (asked_at);
      CREATE INDEX answers_by_asker ON answers (channel_key, user_id, asked_at);
      CREATE TABLE votes (
        answer_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        channel_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        question TEXT NOT NULL,
        article_id TEXT,
        sentence TEXT,
        confidence REAL NOT NULL,
        voted_at TEXT NOT NULL,
        PRIMARY KEY (answer_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX votes_by_time ON votes (voted_at);
    `,
  },
  {
    version: 3,
    name: 'event keys (platform retries answered once)',
    sql: `
      CREATE TABLE event_keys (
        key TEXT PRIMARY KEY,
        seen_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX event_keys_by_age ON event_keys (seen_at);
    `,
  },
  {
    version: 4,
    name: 'weekly gaps posts: their subscriptions, and their runs beside the briefings',
    // SQLite cannot change a CHECK constraint in place: digest_runs is rebuilt with 'gaps' allowed.
    sql: `
      CREATE TABLE gaps_subscriptions (
        channel_key TEXT PRIMARY KEY,
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
      CREATE TABLE digest_runs_new (
        key TEXT PRIMARY KEY,
        channel_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'manual', 'gaps')),
        local_day TEXT NOT NULL,
        scheduled_for TEXT,
        window_since TEXT NOT NULL,
        window_until TEXT NOT NULL,
        article_ids TEXT NOT NULL,
        headline TEXT,
        claimed_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'unconfirmed')),
        attempts INTEGER NOT NULL,
        sent_at TEXT,
        message_ids TEXT NOT NULL,
        failure TEXT
      );
      INSERT INTO digest_runs_new SELECT * FROM digest_runs;
      DROP TABLE digest_runs;
      ALTER TABLE digest_runs_new RENAME TO digest_runs;
      CREATE INDEX digest_runs_by_channel ON digest_runs (channel_key, claimed_at);
      CREATE INDEX digest_runs_by_status ON digest_runs (status);
    `,
  },
];

/** Raised when the database was written by a newer Sitrep than this one. */
export class SchemaVersionError extends Error {
  constructor(found: number, known: number) {
    super(
      `The database is at schema version ${found}, but this Sitrep knows versions up to ${known}. ` +
        'Upgrade Sitrep, or point DATABASE_PATH (SQLite) or DATABASE_URL (PostgreSQL) at another database.',
    );
    this.name = 'SchemaVersionError';
  }
}

/**
 * Brings the schema up to the latest version, one migration per transaction, and records each
 * in `schema_migrations`. Returns the schema version afterwards.
 */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  const latest = Math.max(0, ...migrations.map((migration) => migration.version));
  if (current > latest) throw new SchemaVersionError(current, latest);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
  return Math.max(current, latest);
}
