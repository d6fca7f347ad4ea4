import type { TermPostings } from './engine-view.ts';
import { FIELD_COUNT, type FrozenSegment, postingRange, termFieldKey } from './frozen-segment.ts';
import type { LiveSegment } from './live-segment.ts';

/**
 * What a query reads: the frozen segment (with the count of removed passages still in its
 * postings, per term and field) and the live segment beside it.
 */
export interface Segments {
  frozen: FrozenSegment;
  /** Removed passages in the frozen postings, by `termFieldKey`. */
  dead: Map<number, number>;
  live: LiveSegment;
}

/** One term's postings in both segments: its frozen ordinal (-1: none) and its live postings. */
export interface TermLocation {
  frozen: number;
  live: TermPostings | undefined;
}

/** Passages that hold the term in `fieldId` and are still indexed. */
export function livePassagesWith(segments: Segments, location: TermLocation, fieldId: number): number {
  let count = location.live?.get(fieldId)?.size ?? 0;
  if (location.frozen >= 0) {
    const [from, to] = postingRange(segments.frozen, location.frozen, fieldId);
    count += to - from - (segments.dead.get(termFieldKey(location.frozen, fieldId)) ?? 0);
  }
  return count;
}

/** True when some indexed passage still holds the term. */
export function isLive(segments: Segments, location: TermLocation): boolean {
  for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
    if (livePassagesWith(segments, location, fieldId) > 0) return true;
  }
  return false;
}
