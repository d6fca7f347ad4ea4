import { readFile } from 'node:fs/promises';
import type { SearchIndexJSON } from '../search/search-index.ts';
import { writeAtomically } from './write-atomically.ts';

/** The search index as saved in the data dir, with the content each indexed article came from. */
export interface IndexSnapshot {
  analyzerVersion: string;
  /** For each indexed article, the hash of the source content it was analyzed from. */
  articleSources: Record<string, string>;
  index: SearchIndexJSON;
}

/** The snapshot at `file`, or undefined when it is missing, unreadable or of another version. */
export async function readIndexSnapshot(
  file: string,
  versions: { analyzerVersion: string; indexVersion: string },
): Promise<IndexSnapshot | undefined> {
  try {
    const snapshot = JSON.parse(await readFile(file, 'utf8')) as IndexSnapshot;
    const isCurrent =
      snapshot.analyzerVersion === versions.analyzerVersion &&
      snapshot.index?.version === versions.indexVersion;
    return isCurrent ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

export async function writeIndexSnapshot(file: string, snapshot: IndexSnapshot): Promise<void> {
  await writeAtomically(file, JSON.stringify(snapshot));
}
