import type { SearchTuning } from './search-tuning.ts';
import { isLive, type Segments, type TermLocation } from './segments.ts';
import { toTerms } from './terms.ts';

/** Longer query terms get no prefix or fuzzy matches. */
const MAX_EXPANDED_TERM_LENGTH = 40;

/** How fast a prefix match loses weight with the characters it adds (minisearch's rate). */
const PREFIX_DISTANCE_RATE = 0.3;

/** Postings to score for one query term, with the weight of that form (1 for the term as typed). */
export interface TermMatch extends TermLocation {
  /** Distinct query term this counts for (0-based), for the coordination factor. */
  slot: number;
  weight: number;
}

export interface QueryPlan {
  /** Distinct query terms, by slot. */
  queryTerms: string[];
  matches: TermMatch[];
  /** Every index term the plan reads, expansions included: what a snippet should show. */
  indexTerms: Set<string>;
}

type Expansion = TermLocation & { weight: number };

/**
 * Turns a query into the postings to score: each query term as typed; a term that matches no
 * passage as typed is looked up as a prefix ("symp" → "symposium") and with typos
 * ("toulos" → "toulous"), at reduced weight, so expansions never dilute exact matches.
 */
export function planQuery(query: string, segments: Segments, tuning: Readonly<SearchTuning>): QueryPlan {
  const plan: QueryPlan = { queryTerms: [], matches: [], indexTerms: new Set() };
  for (const term of toTerms(query)) {
    let slot = plan.queryTerms.indexOf(term);
    if (slot < 0) slot = plan.queryTerms.push(term) - 1;
    const exact = { frozen: segments.frozen.terms.find(term), live: segments.live.postings(term) };
    if (isLive(segments, exact)) {
      plan.matches.push({ slot, ...exact, weight: 1 });
      plan.indexTerms.add(term);
    } else {
      // In term order: which segment a term sits in depends on the order articles came in, and
      // the sum of the scores must not.
      const expansions = [...expand(term, segments, tuning)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [indexTerm, expansion] of expansions) {
        plan.matches.push({ slot, ...expansion });
        plan.indexTerms.add(indexTerm);
      }
    }
  }
  return plan;
}

function expand(term: string, segments: Segments, tuning: Readonly<SearchTuning>): Map<string, Expansion> {
  const found = new Map<string, Expansion>();
  // Fuzzy lookup costs time in proportion to the term's length at every index node: a
  // 20,000-letter "word" in a question took seconds. Words that long only match exactly.
  if (term.length > MAX_EXPANDED_TERM_LENGTH) return found;
  const { frozen, live } = segments;
  const add = (indexTerm: string, weight: number) => {
    if (found.has(indexTerm)) return;
    const location = { frozen: frozen.terms.find(indexTerm), live: live.postings(indexTerm) };
    if (isLive(segments, location)) found.set(indexTerm, { ...location, weight });
  };
  if (term.length >= tuning.prefixMinLength) {
    const prefixWeight = (indexTerm: string) => {
      const distance = indexTerm.length - term.length;
      return (
        (tuning.weights.prefix * indexTerm.length) / (indexTerm.length + PREFIX_DISTANCE_RATE * distance)
      );
    };
    const [from, to] = frozen.terms.prefixRange(term);
    for (let ordinal = from; ordinal < to; ordinal++) {
      const indexTerm = frozen.terms.termAt(ordinal);
      if (indexTerm.length > term.length) add(indexTerm, prefixWeight(indexTerm));
    }
    for (const [indexTerm] of live.withPrefix(term)) {
      if (indexTerm.length > term.length) add(indexTerm, prefixWeight(indexTerm));
    }
  }
  if (term.length >= tuning.fuzzyMinLength) {
    const maxDistance = Math.min(tuning.maxEdits, Math.round(term.length * tuning.fuzziness));
    if (maxDistance === 0) return found;
    const fuzzyWeight = (indexTerm: string, distance: number) =>
      (tuning.weights.fuzzy * indexTerm.length) / (indexTerm.length + distance);
    for (const [ordinal, distance] of frozen.terms.fuzzy(term, maxDistance)) {
      const indexTerm = frozen.terms.termAt(ordinal);
      if (distance > 0) add(indexTerm, fuzzyWeight(indexTerm, distance));
    }
    for (const [indexTerm, [, distance]] of live.fuzzy(term, maxDistance)) {
      if (distance > 0) add(indexTerm, fuzzyWeight(indexTerm, distance));
    }
  }
  return found;
}
