import type { FieldPass } from './accumulate-postings.ts';
import type { ArticleTable } from './article-table.ts';
import { inverseFrequency } from './bm25.ts';
import { postingRange } from './frozen-segment.ts';
import { INDEXED_FIELDS } from './passage-documents.ts';
import type { QueryPlan } from './plan-query.ts';
import type { ScoreBuffers } from './score-buffers.ts';
import type { SearchTuning } from './search-tuning.ts';
import { livePassagesWith, type Segments } from './segments.ts';

/** Query terms beyond this many share the last coordination bit. */
export const MAX_SLOT = 30;

/** One query term's postings in one field, with what the posting loop needs to score them. */
export interface FieldPostings {
  fieldId: number;
  pass: FieldPass;
  /** The frozen postings [from, to) (empty when the term is not frozen). */
  from: number;
  to: number;
  /** The live segment's postings: short id → term frequency (undefined: none). */
  live: Map<number, number> | undefined;
}

/** One match of a query plan, ready to score: each field it occurs in, in field order. */
export interface PreparedMatch {
  slot: number;
  /** The term's ordinal in the frozen segment (-1: none). */
  frozen: number;
  bit: number;
  weight: number;
  fields: FieldPostings[];
  /** Postings over all fields and both segments, removed passages included. */
  postings: number;
}

/**
 * The plan's matches with every per-field weight computed once (BM25 idf, field boost, average
 * length), in plan order: the order scores are summed in, so every way of scoring a query adds
 * the same numbers in the same order.
 */
export function prepareMatches(
  plan: QueryPlan,
  segments: Segments,
  table: ArticleTable,
  tuning: Readonly<SearchTuning>,
  buffers: ScoreBuffers,
  withArticles: boolean,
): PreparedMatch[] {
  const { k, b, d } = tuning.bm25;
  return plan.matches.map((match) => {
    const fields: FieldPostings[] = [];
    let postings = 0;
    const matchStamp = buffers.nextStamp();
    INDEXED_FIELDS.forEach((field, fieldId) => {
      const matching = livePassagesWith(segments, match, fieldId);
      if (matching === 0) return;
      const pass: FieldPass = {
        passageWeight: match.weight * tuning.boost[field] * inverseFrequency(table.passageCount, matching),
        k,
        b,
        d,
        averageLength: table.averageFieldLength(fieldId) || 1,
        lengths: table.passageLengths[fieldId] ?? new Uint32Array(0),
        bit: 1 << Math.min(match.slot, MAX_SLOT),
        articleWeight: withArticles ? tuning.article.fields[field] : 0,
        // Title and source repeat in every passage: an article counts them once.
        isRepeated: field !== 'text',
        matchStamp,
        fieldStamp: buffers.nextStamp(),
      };
      const [from, to] = match.frozen >= 0 ? postingRange(segments.frozen, match.frozen, fieldId) : [0, 0];
      const live = match.live?.get(fieldId);
      postings += to - from + (live?.size ?? 0);
      fields.push({ fieldId, pass, from, to, live: live && live.size > 0 ? live : undefined });
    });
    return {
      slot: match.slot,
      frozen: match.frozen,
      bit: 1 << Math.min(match.slot, MAX_SLOT),
      weight: match.weight,
      fields,
      postings,
    };
  });
}
