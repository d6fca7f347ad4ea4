/**
 * PostgreSQL advisory locks Sitrep takes, as two-int keys `(space, id)`. The space is a hash of
 * the lock's purpose and the schema, so two Sitrep installations (or two test schemas) in one
 * database never share a lock. Both halves stay positive so they read back as-is from pg_locks.
 */
export interface LockKeys {
  /** Held while migrations run (at start-up). */
  migrations: [number, number];
  /** Held by the replica that polls the feeds. */
  feedPoller: [number, number];
  /** The space of the per-replica liveness locks: `(replicas, replicaId)`. */
  replicas: number;
}

export function lockKeys(schema: string): LockKeys {
  return {
    migrations: [space(`sitrep:${schema}:migrations`), 1],
    feedPoller: [space(`sitrep:${schema}:feeds`), 1],
    replicas: space(`sitrep:${schema}:replicas`),
  };
}

/** FNV-1a over the text, folded to 31 bits. */
function space(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 1) & 0x7fffffff;
}
