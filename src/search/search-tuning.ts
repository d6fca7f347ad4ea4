import { sha256Hex } from '../knowledge/hash.ts';
import type { Bm25 } from './bm25.ts';

/** Ranking parameters of the passage index. */
export interface SearchTuning {
  /** BM25+ term saturation (k), length normalization (b) and lower bound (d). */
  bm25: Bm25;
  /** Field weights: a word of the title counts more than one of the passage, the source less. */
  boost: { text: number; title: number; source: number };
  /** Prefix expansion ("symp" → "symposium") only for query terms of this many characters or more. */
  prefixMinLength: number;
  /** Typo tolerance ("Toulose" → "Toulouse") only for query terms of this many characters or more... */
  fuzzyMinLength: number;
  /** ...allowing this many edits per character (0.2: one edit in 5-7 characters, two from 8)... */
  fuzziness: number;
  /** ...and never more than this many: each further edit multiplies the terms to weigh. */
  maxEdits: number;
  /**
   * Weights of expanded matches relative to an exact match (1), before minisearch's own decay
   * with the edit or length distance.
   */
  weights: { prefix: number; fuzzy: number };
  /**
   * Exponent on the number of distinct query terms a passage matches: minisearch multiplies the
   * score by that number (1); 0 is plain BM25.
   */
  coordination: number;
  /**
   * Article ranking: BM25 over the whole article as one bag of words (computed from the passage
   * postings, so there is no second index), plus a share of its best passage's score.
   */
  article: {
    bm25: Bm25;
    /** How much each field's words count in the article's bag of words (title and source once). */
    fields: { text: number; title: number; source: number };
    coordination: number;
    bestPassageWeight: number;
  };
  /** Snippets are at most this many characters, cut on a word boundary. */
  snippetMaxLength: number;
}

/**
 * The tuning Sitrep ships, chosen by bench/eval/retrieval.ts (SciFact train nDCG@10 and the
 * seed + DVIDS question set); README › Search and the index has the measurements.
 */
export const SEARCH_TUNING: Readonly<SearchTuning> = Object.freeze({
  bm25: { k: 1.2, b: 0.4, d: 0.5 },
  boost: { text: 1, title: 2, source: 0.5 },
  prefixMinLength: 4,
  fuzzyMinLength: 5,
  fuzziness: 0.2,
  maxEdits: 2,
  weights: { prefix: 0.375, fuzzy: 0.45 },
  coordination: 1,
  article: {
    bm25: { k: 1.5, b: 0.75, d: 0.5 },
    fields: { text: 1, title: 1, source: 0 },
    coordination: 0,
    bestPassageWeight: 0.05,
  },
  snippetMaxLength: 240,
});

/** Bump when tokenizing, stop words, stemming or the snapshot layout change: old snapshots no longer match. */
const INDEX_FORMAT = 2;

/** Identifies the term format and tuning of an index snapshot; a snapshot of another version is rebuilt. */
export function indexVersion(tuning: Readonly<SearchTuning>): string {
  const digest = sha256Hex(JSON.stringify(tuning)).slice(0, 12);
  return `${INDEX_FORMAT}-${digest}`;
}

/**
 * An article's length as one bag of words, from its passages' field lengths (in
 * `INDEXED_FIELDS` order): the passages' text, then title and source once, as `tuning` weighs them.
 */
export function articleLengthOf(lengths: readonly number[][], tuning: Readonly<SearchTuning>): number {
  const { text, title, source } = tuning.article.fields;
  const first = lengths[0] ?? [];
  const textLength = lengths.reduce((sum, passage) => sum + (passage[0] ?? 0), 0);
  return text * textLength + title * (first[1] ?? 0) + source * (first[2] ?? 0);
}
