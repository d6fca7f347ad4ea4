import { readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import type { SearchIndexJSON } from '../search/search-index.ts';
import { writeAtomically } from './write-atomically.ts';

/** The search index as saved in the data dir, with the content each indexed article came from. */
export interface IndexSnapshot {
  analyzerVersion: string;
  /** For each indexed article, the hash of the source content it was analyzed from. */
  articleSources: Record<string, string>;
  index: SearchIndexJSON;
}

/**
 * The file starts with this, then: the header's byte length (uint32), the header (JSON: all but
 * terms and postings), the terms' byte length (uint32), the terms joined by newlines (a term
 * never holds one), zero padding to a multiple of 4, and the postings as raw 32-bit integers of
 * this machine's byte order. Postings are most of an index; as raw bytes they load without
 * parsing and with no copy in between (a 100,000-article index as JSON was 238 MB of text).
 */
const MAGIC = Buffer.from(`sitrep-index-2-${endianness()}\n`);

/** The snapshot at `file`, or undefined when it is missing, unreadable or of another version. */
export async function readIndexSnapshot(
  file: string,
  versions: { analyzerVersion: string; indexVersion: string },
): Promise<IndexSnapshot | undefined> {
  try {
    const snapshot = decodeSnapshot(await readFile(file));
    const isCurrent =
      snapshot.analyzerVersion === versions.analyzerVersion &&
      snapshot.index?.version === versions.indexVersion;
    return isCurrent ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

export async function writeIndexSnapshot(file: string, snapshot: IndexSnapshot): Promise<void> {
  await writeAtomically(file, encodeSnapshotParts(snapshot));
}

/** The snapshot file's bytes, in parts: the postings are written as they are, not copied. */
export function encodeSnapshotParts(snapshot: IndexSnapshot): Buffer[] {
  const { terms, postings, ...engine } = snapshot.index.index;
  const header = Buffer.from(JSON.stringify({ ...snapshot, index: { ...snapshot.index, index: engine } }));
  const termBytes = Buffer.from(terms.join('\n'));
  const lengths = (value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32LE(value);
    return bytes;
  };
  const before = MAGIC.length + 4 + header.length + 4 + termBytes.length;
  const padding = Buffer.alloc((4 - (before % 4)) % 4);
  const postingBytes = Buffer.from(postings.buffer, postings.byteOffset, postings.byteLength);
  return [MAGIC, lengths(header.length), header, lengths(termBytes.length), termBytes, padding, postingBytes];
}

export function encodeSnapshot(snapshot: IndexSnapshot): Buffer {
  return Buffer.concat(encodeSnapshotParts(snapshot));
}

export function decodeSnapshot(bytes: Buffer): IndexSnapshot {
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a Sitrep index snapshot');
  let at = MAGIC.length;
  const headerLength = bytes.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(bytes.toString('utf8', at, at + headerLength)) as IndexSnapshot;
  at += headerLength;
  const termsLength = bytes.readUInt32LE(at);
  at += 4;
  const termText = bytes.toString('utf8', at, at + termsLength);
  at += termsLength;
  at += (4 - (at % 4)) % 4;
  const postingBytes = bytes.subarray(at);
  if (postingBytes.length % 4 !== 0) throw new Error('index snapshot is truncated');
  // A view when the bytes sit on a 4-byte boundary in memory, else one copy.
  const postings =
    postingBytes.byteOffset % 4 === 0
      ? new Int32Array(postingBytes.buffer, postingBytes.byteOffset, postingBytes.length / 4)
      : new Int32Array(new Uint8Array(postingBytes).buffer);
  const terms = termsLength === 0 ? [] : termText.split('\n');
  const engine = header.index.index as unknown as Omit<IndexSnapshot['index']['index'], 'terms' | 'postings'>;
  return { ...header, index: { ...header.index, index: { ...engine, terms, postings } } };
}
