import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

/**
 * Tests that need PostgreSQL read TEST_DATABASE_URL and work in schemas of their own, dropped
 * afterwards. Where it is unset they skip with a printed reason; `.ci/run` sets it and fails
 * when any test tagged POSTGRES_TAG was skipped.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

/** In the name of every PostgreSQL test group, so CI can count them. */
export const POSTGRES_TAG = '[PostgreSQL]';

export function describePostgres(name: string, body: (url: string) => void): void {
  const title = `${name} ${POSTGRES_TAG}`;
  if (!testDatabaseUrl) {
    console.warn(`Skipping "${title}": TEST_DATABASE_URL is not set (see docs/replicas.md).`);
    describe.skip(title, () => body(''));
    return;
  }
  describe(title, () => body(testDatabaseUrl));
}

/** A schema name no other test uses. */
export function freshSchemaName(prefix = 'sitrep_test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Drops the schemas (and everything in them). */
export async function dropSchemas(url: string, schemas: Iterable<string>): Promise<void> {
  const names = [...schemas];
  if (names.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  } finally {
    await client.end();
  }
}
