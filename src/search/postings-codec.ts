import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { type TermPostings, viewEngine } from './engine-view.ts';

/** minisearch's snapshot without its postings. */
export type EngineHeader = Omit<AsPlainObject, 'index'>;

/**
 * A minisearch engine with the postings as flat number arrays
 * ([fieldId, count, docId, tf, docId, tf, …, fieldId, count, …] per term) instead of objects
 * keyed by stringified ids: about half the size, and restored without parsing a key per posting.
 */
export interface EncodedEngine {
  engine: EngineHeader;
  terms: string[];
  postings: number[][];
}

export function encodeEngine<T>(engine: MiniSearch<T>): EncodedEngine {
  const view = viewEngine(engine);
  const terms: string[] = [];
  const postings: number[][] = [];
  for (const [term, fields] of view.terms.atPrefix('')) {
    const flat: number[] = [];
    for (const [fieldId, documents] of fields) {
      const countAt = flat.push(fieldId, 0) - 1;
      documents.forEach((frequency, id) => {
        // Passages discarded since the last vacuum stay in the postings until then.
        if (view.documentIds.has(id)) flat.push(id, frequency);
      });
      const count = (flat.length - countAt - 1) / 2;
      if (count === 0) flat.length = countAt - 1;
      else flat[countAt] = count;
    }
    if (flat.length === 0) continue;
    terms.push(term);
    postings.push(flat);
  }
  const header: EngineHeader = {
    documentCount: view.documentCount,
    nextId: view.nextId,
    documentIds: Object.fromEntries(view.documentIds),
    fieldIds: view.fieldIds,
    fieldLength: Object.fromEntries(view.fieldLengths),
    averageFieldLength: view.averageFieldLengths,
    storedFields: {},
    dirtCount: 0,
    serializationVersion: 2,
  };
  return { engine: header, terms, postings };
}

/**
 * The engine back from `encodeEngine` output. With `keep`, passages it rejects are left out
 * while decoding, as if they had never been added: nothing lingers to vacuum.
 */
export function decodeEngine<T>(
  encoded: EncodedEngine,
  options: Options<T>,
  keep: (passageId: string) => boolean = () => true,
): MiniSearch<T> {
  const dropped = new Set<number>();
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  for (const [shortId, passageId] of Object.entries(encoded.engine.documentIds)) {
    if (!keep(passageId)) {
      dropped.add(Number(shortId));
      continue;
    }
    documentIds[shortId] = passageId;
    const lengths = encoded.engine.fieldLength[shortId];
    if (lengths) fieldLength[shortId] = lengths;
  }
  const header: EngineHeader = {
    ...encoded.engine,
    documentIds,
    fieldLength,
    documentCount: encoded.engine.documentCount - dropped.size,
    dirtCount: 0,
  };
  return assembleEngine(header, decodePostings(encoded, dropped), options);
}

/** A minisearch engine from its header and postings, each term inserted into the tree once. */
export function assembleEngine<T>(
  header: EngineHeader,
  postings: Iterable<[string, TermPostings]>,
  options: Options<T>,
): MiniSearch<T> {
  const engine = MiniSearch.loadJS({ ...header, index: [] }, options);
  const tree = viewEngine(engine).terms;
  for (const [term, fields] of postings) tree.set(term, fields);
  return engine;
}

function* decodePostings(
  encoded: EncodedEngine,
  dropped: ReadonlySet<number>,
): Generator<[string, TermPostings]> {
  for (let i = 0; i < encoded.terms.length; i++) {
    const flat = encoded.postings[i] ?? [];
    const fields: TermPostings = new Map();
    for (let at = 0; at < flat.length; ) {
      const fieldId = flat[at++] ?? 0;
      const count = flat[at++] ?? 0;
      const documents = new Map<number, number>();
      for (let n = 0; n < count; n++, at += 2) {
        const id = flat[at] ?? 0;
        if (!dropped.has(id)) documents.set(id, flat[at + 1] ?? 0);
      }
      if (documents.size > 0) fields.set(fieldId, documents);
    }
    if (fields.size > 0) yield [encoded.terms[i] ?? '', fields];
  }
}
