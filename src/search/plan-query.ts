import type { EngineView, TermPostings } from './engine-view.ts';
import type { SearchTuning } from './search-tuning.ts';
import { toTerms } from './terms.ts';

/** Longer query terms get no prefix or fuzzy matches. */
const MAX_EXPANDED_TERM_LENGTH = 40;

/** How fast a prefix match loses weight with the characters it adds (minisearch's rate). */
const PREFIX_DISTANCE_RATE = 0.3;

/** Postings to score for one query term, with the weight of that form (1 for the term as typed). */
export interface TermMatch {
  /** Distinct query term this counts for (0-based), for the coordination factor. */
  slot: number;
  postings: TermPostings;
  weight: number;
}

export interface QueryPlan {
  /** Distinct query terms, by slot. */
  queryTerms: string[];
  matches: TermMatch[];
  /** Every index term the plan reads, expansions included: what a snippet should show. */
  indexTerms: Set<string>;
}

/**
 * Turns a query into the postings to score: each query term as typed; a term that matches no
 * passage as typed is looked up as a prefix ("symp" → "symposium") and with typos
 * ("toulos" → "toulous"), at reduced weight, so expansions never dilute exact matches.
 */
export function planQuery(query: string, view: EngineView, tuning: Readonly<SearchTuning>): QueryPlan {
  const plan: QueryPlan = { queryTerms: [], matches: [], indexTerms: new Set() };
  for (const term of toTerms(query)) {
    let slot = plan.queryTerms.indexOf(term);
    if (slot < 0) slot = plan.queryTerms.push(term) - 1;
    const postings = view.terms.get(term);
    if (postings && hasLiveDocument(postings, view)) {
      plan.matches.push({ slot, postings, weight: 1 });
      plan.indexTerms.add(term);
    } else {
      // In term order: the tree's own order depends on the order terms were inserted, and the
      // sum of the scores must not.
      const expansions = [...expand(term, view, tuning)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [indexTerm, expansion] of expansions) {
        plan.matches.push({ slot, ...expansion });
        plan.indexTerms.add(indexTerm);
      }
    }
  }
  return plan;
}

function expand(
  term: string,
  view: EngineView,
  tuning: Readonly<SearchTuning>,
): Map<string, { postings: TermPostings; weight: number }> {
  const found = new Map<string, { postings: TermPostings; weight: number }>();
  // Fuzzy lookup costs time in proportion to the term's length at every index node: a
  // 20,000-letter "word" in a question took seconds. Words that long only match exactly.
  if (term.length > MAX_EXPANDED_TERM_LENGTH) return found;
  if (term.length >= tuning.prefixMinLength) {
    for (const [indexTerm, postings] of view.terms.atPrefix(term)) {
      const distance = indexTerm.length - term.length;
      if (distance === 0) continue;
      const weight =
        (tuning.weights.prefix * indexTerm.length) / (indexTerm.length + PREFIX_DISTANCE_RATE * distance);
      found.set(indexTerm, { postings, weight });
    }
  }
  if (term.length >= tuning.fuzzyMinLength) {
    const maxDistance = Math.min(tuning.maxEdits, Math.round(term.length * tuning.fuzziness));
    if (maxDistance === 0) return found;
    for (const [indexTerm, [postings, distance]] of view.terms.fuzzyGet(term, maxDistance)) {
      if (distance === 0 || found.has(indexTerm)) continue;
      const weight = (tuning.weights.fuzzy * indexTerm.length) / (indexTerm.length + distance);
      found.set(indexTerm, { postings, weight });
    }
  }
  return found;
}

function hasLiveDocument(postings: TermPostings, view: EngineView): boolean {
  for (const documents of postings.values()) {
    for (const id of documents.keys()) if (view.documentIds.has(id)) return true;
  }
  return false;
}
