import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CheckResult, fail, ok } from './check-result.ts';

/**
 * The data directory must be writable: the caches, the index snapshot and sitrep.db live there.
 * Writes and removes one small file; creates the directory when it does not exist yet (as the
 * first start would).
 */
export async function checkDataDir(dataDir: string, databasePath: string): Promise<CheckResult> {
  const probe = path.join(dataDir, `.doctor-${process.pid}`);
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(probe, 'sitrep doctor\n');
    await rm(probe, { force: true });
  } catch (error) {
    return fail(
      `${dataDir}/ is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      `Give the user running Sitrep write access to ${dataDir}/, or point DATA_DIR (or --data) at a writable directory.`,
    );
  }
  const database = existsSync(databasePath)
    ? `${databasePath} exists`
    : `${databasePath} is created on first start`;
  return ok(`${dataDir}/ is writable; ${database}`);
}
