import { readFile } from 'node:fs/promises';
import type { Logger } from '../logger.ts';
import type { SearchIndexSnapshot } from '../search/search-index.ts';
import { decodeSections, encodeSections, type Section } from './section-file.ts';
import { writeAtomically } from './write-atomically.ts';

/** The search index as saved in the data dir, with the content each indexed article came from. */
export interface IndexSnapshot {
  analyzerVersion: string;
  /** For each indexed article, the hash of the source content it was analyzed from. */
  articleSources: Record<string, string>;
  index: SearchIndexSnapshot;
}

const MAGIC = 'sitrep-index-3';
const ANY_VERSION = Buffer.from('sitrep-index-');
const isCurrentFormat = (bytes: Buffer) =>
  bytes.subarray(0, MAGIC.length + 1).equals(Buffer.from(`${MAGIC}-`));

interface Header {
  analyzerVersion: string;
  articleSources: Record<string, string>;
  version: string;
  ids: string[];
  fieldCount: number;
}

/**
 * The snapshot at `file`, or undefined when it is missing, of another version, or unusable: a
 * damaged one is logged and rebuilt, never read past its end.
 */
export async function readIndexSnapshot(
  file: string,
  versions: { analyzerVersion: string; indexVersion: string },
  logger: Pick<Logger, 'warn'>,
): Promise<IndexSnapshot | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  // A snapshot of another format version is simply out of date, like one of another analyzer.
  if (bytes.subarray(0, ANY_VERSION.length).equals(ANY_VERSION) && !isCurrentFormat(bytes)) return undefined;
  try {
    const snapshot = decodeSnapshot(bytes);
    const isCurrent =
      snapshot.analyzerVersion === versions.analyzerVersion &&
      snapshot.index.version === versions.indexVersion;
    return isCurrent ? snapshot : undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn({ file, reason }, `search index snapshot unusable (${reason}); rebuilding`);
    return undefined;
  }
}

export async function writeIndexSnapshot(file: string, snapshot: IndexSnapshot): Promise<void> {
  await writeAtomically(file, encodeSnapshotParts(snapshot));
}

/** The snapshot file's bytes, in parts: the arrays are written as they are, not copied. */
export function encodeSnapshotParts(snapshot: IndexSnapshot): Buffer[] {
  const { index } = snapshot;
  const header: Header = {
    analyzerVersion: snapshot.analyzerVersion,
    articleSources: snapshot.articleSources,
    version: index.version,
    ids: index.table.ids,
    fieldCount: index.table.passageLengths.length,
  };
  const sections: Record<string, Section> = {
    terms: Buffer.from(index.terms.join('\n')),
    starts: index.starts,
    passages: index.passages,
    frequencies: index.frequencies,
    articleOf: index.table.articleOf,
    articleLength: index.table.articleLength,
    firstPassage: index.table.firstPassage,
    passageTotal: index.table.passageTotal,
  };
  index.table.passageLengths.forEach((column, fieldId) => {
    sections[`passageLengths${fieldId}`] = column;
  });
  return encodeSections(MAGIC, header, sections);
}

export function encodeSnapshot(snapshot: IndexSnapshot): Buffer {
  return Buffer.concat(encodeSnapshotParts(snapshot));
}

export function decodeSnapshot(bytes: Buffer): IndexSnapshot {
  const { header, sections } = decodeSections(MAGIC, bytes);
  const { analyzerVersion, articleSources, version, ids, fieldCount } = header as Header;
  const section = <T extends Section>(name: string, type: new (...args: never[]) => T): T => {
    const array = sections[name];
    if (!(array instanceof type)) throw new Error(`section ${name} is missing`);
    return array;
  };
  const frequencies = sections['frequencies'];
  if (!(frequencies instanceof Uint16Array || frequencies instanceof Uint32Array)) {
    throw new Error('section frequencies is missing');
  }
  const termBytes = section('terms', Uint8Array);
  const termText = Buffer.from(termBytes.buffer, termBytes.byteOffset, termBytes.length).toString('utf8');
  const table = {
    ids,
    articleOf: section('articleOf', Int32Array),
    passageLengths: Array.from({ length: fieldCount }, (_, fieldId) =>
      section(`passageLengths${fieldId}`, Uint32Array),
    ),
    articleLength: section('articleLength', Float64Array),
    firstPassage: section('firstPassage', Int32Array),
    passageTotal: section('passageTotal', Int32Array),
  };
  if (table.firstPassage.length !== ids.length || table.passageTotal.length !== ids.length) {
    throw new Error('the article table does not match its ids');
  }
  const index: SearchIndexSnapshot = {
    version,
    terms: termText.length === 0 ? [] : termText.split('\n'),
    starts: section('starts', Uint32Array),
    passages: section('passages', Uint32Array),
    frequencies,
    table,
  };
  return { analyzerVersion, articleSources, index };
}
