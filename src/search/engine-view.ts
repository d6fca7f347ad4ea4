import type MiniSearch from 'minisearch';

/** Postings of one term: field id → short document id → term frequency. */
export type TermPostings = Map<number, Map<number, number>>;

/** The radix tree of terms minisearch keeps (its `SearchableMap`), as far as Sitrep reads it. */
export interface TermTree {
  get(term: string): TermPostings | undefined;
  set(term: string, postings: TermPostings): unknown;
  atPrefix(prefix: string): Iterable<[string, TermPostings]>;
  /** Terms within `maxDistance` edits, with their postings and distance. */
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermPostings, number]>;
}

/**
 * Read access to the inverted index inside a minisearch 7 instance. minisearch keeps these
 * fields protected; Sitrep scores queries over them directly because minisearch's own `search`
 * builds a result object for every matching passage, too slow for long questions over
 * thousands of passages. `test/search/minisearch-scores.test.ts` checks the scores against
 * minisearch's own, so an upgrade that changes these fields fails there first.
 */
export interface EngineView {
  terms: TermTree;
  fieldIds: Record<string, number>;
  fieldLengths: Map<number, number[]>;
  averageFieldLengths: number[];
  documentIds: Map<number, string>;
  /** Short id of each indexed passage id. */
  shortIds: Map<string, number>;
  documentCount: number;
  /** Every short id is below this. */
  nextId: number;
  /** Passages discarded but still in the postings until minisearch's next vacuum. */
  dirtCount: number;
}

interface MiniSearchInternals {
  _index: TermTree;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

/** A live view of `engine`'s index; read it right before use, as the engine replaces some fields. */
export function viewEngine<T>(engine: MiniSearch<T>): EngineView {
  const internals = engine as unknown as MiniSearchInternals;
  if (typeof internals._index?.get !== 'function' || !(internals._documentIds instanceof Map)) {
    throw new Error('This minisearch version keeps its index differently; Sitrep needs minisearch 7.');
  }
  return {
    terms: internals._index,
    fieldIds: internals._fieldIds,
    fieldLengths: internals._fieldLength,
    averageFieldLengths: internals._avgFieldLength,
    documentIds: internals._documentIds,
    shortIds: internals._idToShortId,
    documentCount: internals._documentCount,
    nextId: internals._nextId,
    dirtCount: internals._dirtCount,
  };
}
