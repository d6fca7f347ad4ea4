import type { ArticleTable } from './article-table.ts';
import { FIELD_COUNT } from './frozen-segment.ts';
import type { PreparedMatch } from './prepared-match.ts';

/**
 * What bounds one query term's contribution to a passage's score: BM25 grows with the term's
 * frequency and shrinks with the length, so the largest frequency and the shortest length among
 * the postings bound every posting's weight. Counted over the indexed (not removed) passages.
 */
export interface TermStatistics {
  /** By field id: the largest frequency and the shortest field length among its postings. */
  largestFrequency: Float64Array;
  shortestLength: Float64Array;
}

/** Reads every posting of `match` once, without scoring. */
export function termStatistics(
  match: PreparedMatch,
  frozenPassages: Uint32Array,
  frozenFrequencies: Uint16Array | Uint32Array,
  table: ArticleTable,
): TermStatistics {
  const statistics: TermStatistics = {
    largestFrequency: new Float64Array(FIELD_COUNT),
    shortestLength: new Float64Array(FIELD_COUNT).fill(Number.POSITIVE_INFINITY),
  };
  const { articleOf } = table;
  for (const field of match.fields) {
    const { fieldId } = field;
    const lengths = table.passageLengths[fieldId] ?? new Uint32Array(0);
    let largest = 0;
    let shortest = Number.POSITIVE_INFINITY;
    const visit = (id: number, frequency: number) => {
      // A removed passage's postings stay in the frozen segment until the next merge.
      if ((articleOf[id] ?? -1) < 0) return;
      if (frequency > largest) largest = frequency;
      const length = lengths[id] ?? 0;
      if (length < shortest) shortest = length;
    };
    for (let at = field.from; at < field.to; at++) {
      visit(frozenPassages[at] as number, frozenFrequencies[at] as number);
    }
    for (const [id, frequency] of field.live ?? []) visit(id, frequency);
    statistics.largestFrequency[fieldId] = largest;
    statistics.shortestLength[fieldId] = shortest;
  }
  return statistics;
}

/** BM25+'s term weight at its largest for these statistics (0 when no posting is left). */
export function largestTermWeight(
  frequency: number,
  length: number,
  averageLength: number,
  k: number,
  b: number,
  d: number,
): number {
  if (frequency <= 0) return 0;
  return d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength));
}
