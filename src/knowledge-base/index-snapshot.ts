import { rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Logger } from '../logger.ts';
import type { SearchIndexSnapshot } from '../search/search-index.ts';
import {
  type ArticleStoreHeader,
  decodeArticleStore,
  encodeArticleStore,
  type SourceWithStat,
} from './article-store.ts';
import {
  type DecodedSections,
  decodeSections,
  encodeSections,
  readSectionFile,
  type Section,
} from './section-file.ts';
import { writeAtomically } from './write-atomically.ts';

/** The search index as saved in the data dir, with the content each indexed article came from. */
export interface IndexSnapshot {
  analyzerVersion: string;
  /** For each indexed article, the hash of the source content it was analyzed from. */
  articleSources: Map<string, string>;
  index: SearchIndexSnapshot;
  /** Every source's analyses (its articles read from the file as they are used). */
  sources: SourceWithStat[];
}

const MAGIC = 'sitrep-index-5';
const ANY_VERSION = Buffer.from('sitrep-index-');
/** Article bodies stay on disk until an article is read: most never are between two starts. */
const LAZY_SECTIONS: ReadonlySet<string> = new Set(['store.bodies']);
const isCurrentFormat = (bytes: Buffer) =>
  bytes.subarray(0, MAGIC.length + 1).equals(Buffer.from(`${MAGIC}-`));

interface Header {
  analyzerVersion: string;
  /** The article ids of each source hash: a hash is written once, not once per article. */
  articlesBySource: Record<string, string[]>;
  version: string;
  ids: string[];
  fieldCount: number;
  store: ArticleStoreHeader;
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
  let start: Buffer;
  try {
    const handle = await open(file, 'r');
    start = Buffer.alloc(MAGIC.length + 1);
    await handle.read(start, 0, start.length, 0).finally(() => handle.close());
  } catch {
    return undefined;
  }
  // A snapshot of another format version is simply out of date, like one of another analyzer.
  if (start.subarray(0, ANY_VERSION.length).equals(ANY_VERSION) && !isCurrentFormat(start)) return undefined;
  try {
    // A body is checked when read: one found damaged then drops the snapshot for the next start.
    let warned = false;
    const onDamaged = () => {
      if (warned) return;
      warned = true;
      logger.warn(
        { file },
        'search index snapshot damaged (an article text does not match its checksum); the next start rebuilds it',
      );
      rmSync(file, { force: true });
    };
    const snapshot = fromSections(readSectionFile(file, MAGIC, LAZY_SECTIONS), onDamaged);
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
  const store = encodeArticleStore(snapshot.sources);
  const header: Header = {
    analyzerVersion: snapshot.analyzerVersion,
    articlesBySource: groupBySource(snapshot.articleSources),
    version: index.version,
    ids: index.table.ids,
    fieldCount: index.table.passageLengths.length,
    store: store.header,
  };
  const sections: Record<string, Section | Section[]> = {
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
  for (const [name, chunks] of Object.entries(store.sections)) sections[`store.${name}`] = chunks;
  return encodeSections(MAGIC, header, sections);
}

export function encodeSnapshot(snapshot: IndexSnapshot): Buffer {
  return Buffer.concat(encodeSnapshotParts(snapshot));
}

export function decodeSnapshot(bytes: Buffer): IndexSnapshot {
  return fromSections(decodeSections(MAGIC, bytes, LAZY_SECTIONS));
}

function fromSections({ header, sections, lazy }: DecodedSections, onDamaged?: () => void): IndexSnapshot {
  const { analyzerVersion, articlesBySource, version, ids, fieldCount, store } = header as Header;
  const articleSources = new Map<string, string>();
  for (const [hash, articleIds] of Object.entries(articlesBySource)) {
    for (const id of articleIds) articleSources.set(id, hash);
  }
  const section = <T extends Section>(name: string, type: new (...args: never[]) => T): T => {
    const array = sections[name];
    if (!(array instanceof type)) throw new Error(`section ${name} is missing`);
    return array;
  };
  const lazySection = (name: string) => {
    const bytes = lazy[name];
    if (!bytes) throw new Error(`section ${name} is missing`);
    return bytes;
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
  const sources = decodeArticleStore(store, {
    bodies: lazySection('store.bodies'),
    bodyEnds: section('store.bodyEnds', Uint32Array),
    bodyCrcs: section('store.bodyCrcs', Uint32Array),
    onDamaged,
    sentences: section('store.sentences', Uint32Array),
    sentenceEnds: section('store.sentenceEnds', Uint32Array),
    passages: section('store.passages', Uint32Array),
    passageEnds: section('store.passageEnds', Uint32Array),
  });
  return { analyzerVersion, articleSources, index, sources: [...sources.values()] };
}

function groupBySource(articleSources: Map<string, string>): Record<string, string[]> {
  // No prototype: a hash names a key, and "__proto__" must stay one.
  const grouped: Record<string, string[]> = Object.create(null);
  for (const [id, hash] of articleSources) {
    const ids = grouped[hash] ?? [];
    ids.push(id);
    grouped[hash] = ids;
  }
  return grouped;
}
