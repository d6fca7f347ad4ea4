import { SYNONYM_WEIGHT, synonymsOf } from './synonyms.ts';
import type { TermStats } from './term-stats.ts';
import { contentStems } from './terms.ts';

/** The question's content stems with their IDF weights. */
export interface QuestionTerms {
  weights: Map<string, number>;
  total: number;
  stems: Set<string>;
}

export function questionTerms(question: string, stats: TermStats): QuestionTerms {
  const weights = new Map<string, number>();
  for (const stem of contentStems(question)) weights.set(stem, stats.idf(stem));
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { weights, total, stems: new Set(weights.keys()) };
}

/** IDF-weighted share of the question's terms found in `stems` (0..1). */
export function coverage(terms: QuestionTerms, ...stemSets: ReadonlySet<string>[]): number {
  if (terms.total === 0) return 0;
  let found = 0;
  for (const [stem, weight] of terms.weights) {
    if (stemSets.some((set) => set.has(stem))) found += weight;
    else if (synonymsOf(stem).some((synonym) => stemSets.some((set) => set.has(synonym)))) {
      found += weight * SYNONYM_WEIGHT;
    }
  }
  return found / terms.total;
}

/**
 * The question's terms minus those the article's title already gives: within one article, the
 * words that named the article ("the Nimitz strike group") do not tell its sentences apart, the
 * rest ("who commanded") do. Falls back to all terms when the title holds every one.
 */
export function focusTerms(terms: QuestionTerms, titleStems: ReadonlySet<string>): QuestionTerms {
  const weights = new Map([...terms.weights].filter(([stem]) => !titleStems.has(stem)));
  if (weights.size === 0) return terms;
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { weights, total, stems: terms.stems };
}
