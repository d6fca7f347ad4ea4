import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { type TermPostings, viewEngine } from './engine-view.ts';

/** minisearch's snapshot without its postings. */
export type EngineHeader = Omit<AsPlainObject, 'index'>;

/**
 * A minisearch engine with its postings in one flat typed array, per term in `terms` order:
 * [field count, then per field: fieldId, passage count, then passage short id, frequency, …].
 * A few bytes a posting instead of an object key each, and written to disk as it is.
 */
export interface EncodedEngine {
  engine: EngineHeader;
  terms: string[];
  postings: Int32Array;
}

export function encodeEngine<T>(engine: MiniSearch<T>): EncodedEngine {
  const view = viewEngine(engine);
  // Counted first, so the array is allocated once at its size: at 100,000 articles it is
  // about 190 MB, and growing it by doubling would hold twice that at the peak.
  let size = 0;
  for (const [, fields] of view.terms.atPrefix('')) {
    if (fields.size === 0) continue;
    size += 1;
    for (const documents of fields.values()) size += 2 + 2 * documents.size;
  }
  const terms: string[] = [];
  const flat = new Int32Array(size);
  let length = 0;
  for (const [term, fields] of view.terms.atPrefix('')) {
    if (fields.size === 0) continue;
    terms.push(term);
    flat[length++] = fields.size;
    for (const [fieldId, documents] of fields) {
      flat[length++] = fieldId;
      flat[length++] = documents.size;
      documents.forEach((frequency, id) => {
        flat[length++] = id;
        flat[length++] = frequency;
      });
    }
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
  return { engine: header, terms, postings: flat };
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
  const flat = encoded.postings;
  let at = 0;
  for (const term of encoded.terms) {
    const fields: TermPostings = new Map();
    const fieldCount = flat[at++] ?? 0;
    for (let field = 0; field < fieldCount; field++) {
      const fieldId = flat[at++] ?? 0;
      const count = flat[at++] ?? 0;
      const documents = new Map<number, number>();
      for (let n = 0; n < count; n++, at += 2) {
        const id = flat[at] ?? 0;
        if (dropped.size === 0 || !dropped.has(id)) documents.set(id, flat[at + 1] ?? 0);
      }
      if (documents.size > 0) fields.set(fieldId, documents);
    }
    if (fields.size > 0) yield [term, fields];
  }
  if (at !== flat.length) throw new Error('Search index snapshot postings do not match its terms');
}
