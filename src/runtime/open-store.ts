import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { FeedbackStore } from '../store/feedback-store.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import type { SitrepStore } from '../store/sitrep-store.ts';
import { SqliteStore } from '../store/sqlite-store.ts';

/**
 * The configured store: PostgreSQL when DATABASE_URL is set (replicas share it), else SQLite in
 * DATA_DIR. A replica that loses its PostgreSQL connection has lost its locks (other replicas
 * may now take over its claims and the feed polling), so it logs why and exits; the orchestrator
 * restarts it. Both keep the answers, refusals and votes of `feedback` and `gaps` too.
 */
export function openStore(
  config: Config,
  logger: Logger,
  exit: (code: number) => void,
): SitrepStore & FeedbackStore {
  if (!config.postgres) return new SqliteStore(config.databasePath);
  const store = new PostgresStore({
    connectionString: config.postgres.url,
    schema: config.postgres.schema,
    onConnectionLost: (message) => {
      logger.fatal({ reason: message }, 'lost the PostgreSQL connection; exiting so this replica restarts');
      exit(1);
    },
  });
  logger.info({ replica: store.replicaId, schema: store.schema }, 'using PostgreSQL (shared by replicas)');
  return store;
}
