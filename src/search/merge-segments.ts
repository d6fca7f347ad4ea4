import {
  FIELD_COUNT,
  type FrozenSegment,
  frequencyArray,
  postingRange,
  termFieldKey,
} from './frozen-segment.ts';
import { fieldsOf, type PassageDocument } from './passage-documents.ts';
import type { Segments } from './segments.ts';
import { TermDictionary } from './term-dictionary.ts';

/**
 * One frozen segment holding what both segments index, without the removed passages: the two
 * sorted term lists are merged and each term's postings copied, frozen ones then live ones
 * (whose short ids all come after). Short ids stay as they are, so the article table still holds.
 */
export function mergeSegments(segments: Segments, articleOf: Int32Array): FrozenSegment {
  const { frozen, live } = segments;
  const liveTerms = live.sortedTerms();
  let total = frozen.passages.length;
  for (const count of segments.dead.values()) total -= count;
  let largest = frozen.frequencies instanceof Uint32Array ? 0x10000 : 0;
  for (const term of liveTerms) {
    live.postings(term)?.forEach((documents) => {
      total += documents.size;
      documents.forEach((frequency) => {
        if (frequency > largest) largest = frequency;
      });
    });
  }
  const terms: string[] = [];
  const starts = new Uint32Array((frozen.terms.size + liveTerms.length) * FIELD_COUNT + 1);
  const passages = new Uint32Array(total);
  const frequencies = frequencyArray(total, largest);
  let out = 0;
  let ordinal = 0;
  let next = 0;
  while (ordinal < frozen.terms.size || next < liveTerms.length) {
    const frozenTerm = ordinal < frozen.terms.size ? frozen.terms.termAt(ordinal) : undefined;
    const liveTerm = liveTerms[next];
    const term =
      frozenTerm === undefined || (liveTerm !== undefined && liveTerm < frozenTerm) ? liveTerm : frozenTerm;
    const fromFrozen = frozenTerm !== undefined && frozenTerm === term ? ordinal++ : -1;
    const liveFields =
      liveTerm !== undefined && liveTerm === term ? live.postings(liveTerms[next++] ?? '') : undefined;
    const first = out;
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
      starts[termFieldKey(terms.length, fieldId)] = out;
      if (fromFrozen >= 0) {
        const [from, to] = postingRange(frozen, fromFrozen, fieldId);
        for (let at = from; at < to; at++) {
          const id = frozen.passages[at] ?? 0;
          if ((articleOf[id] ?? -1) < 0) continue;
          passages[out] = id;
          frequencies[out++] = frozen.frequencies[at] ?? 0;
        }
      }
      liveFields?.get(fieldId)?.forEach((frequency, id) => {
        passages[out] = id;
        frequencies[out++] = frequency;
      });
    }
    // A term whose passages are all gone leaves the dictionary, as it would a fresh build.
    if (out > first && term !== undefined) terms.push(term);
  }
  starts[terms.length * FIELD_COUNT] = out;
  return {
    terms: new TermDictionary(terms),
    starts: starts.slice(0, terms.length * FIELD_COUNT + 1),
    passages: out === total ? passages : passages.slice(0, out),
    frequencies: out === total ? frequencies : frequencies.slice(0, out),
  };
}

/** Removed passages still in the frozen postings, counted per term and field. */
export function countDead(frozen: FrozenSegment, articleOf: Int32Array): Map<number, number> {
  const dead = new Map<number, number>();
  for (let key = 0; key + 1 < frozen.starts.length; key++) {
    let count = 0;
    for (let at = frozen.starts[key] ?? 0; at < (frozen.starts[key + 1] ?? 0); at++) {
      if ((articleOf[frozen.passages[at] ?? 0] ?? -1) < 0) count++;
    }
    if (count > 0) dead.set(key, count);
  }
  return dead;
}

/** Counts the frozen postings of a removed article's passages as dead, per term and field. */
export function markDead(segments: Segments, documents: readonly PassageDocument[]): void {
  const { frozen, dead } = segments;
  for (const document of documents) {
    fieldsOf(document).forEach((terms, fieldId) => {
      for (const term of new Set(terms)) {
        const ordinal = frozen.terms.find(term);
        if (ordinal < 0) continue;
        const key = termFieldKey(ordinal, fieldId);
        dead.set(key, (dead.get(key) ?? 0) + 1);
      }
    });
  }
}
