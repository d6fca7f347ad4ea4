import { INDEXED_FIELDS } from './passage-documents.ts';
import type { TermDictionary } from './term-dictionary.ts';

export const FIELD_COUNT = INDEXED_FIELDS.length;

/**
 * The bulk of the index: postings of many passages in flat typed arrays, never changed once
 * built. The postings of term ordinal t in field f are the entries [starts[t·F + f],
 * starts[t·F + f + 1]) of `passages` (short ids, ascending) and `frequencies`, F being
 * `FIELD_COUNT`. Removed passages stay in the arrays (their article ordinal is -1 in the
 * article table) until the next merge; `SearchIndex` counts them per term to keep BM25 exact.
 */
export interface FrozenSegment {
  terms: TermDictionary;
  starts: Uint32Array;
  passages: Uint32Array;
  frequencies: Uint16Array | Uint32Array;
}

/** Where term `ordinal`'s postings in `fieldId` start and end. */
export function postingRange(segment: FrozenSegment, ordinal: number, fieldId: number): [number, number] {
  const at = ordinal * FIELD_COUNT + fieldId;
  return [segment.starts[at] ?? 0, segment.starts[at + 1] ?? 0];
}

/** A postings key for per-term, per-field counts. */
export function termFieldKey(ordinal: number, fieldId: number): number {
  return ordinal * FIELD_COUNT + fieldId;
}

/** Frequencies in the smallest array that holds them. */
export function frequencyArray(length: number, largest: number): Uint16Array | Uint32Array {
  return largest <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}
