import type { Candidate } from './rank-sentences.ts';

/** What the confidence model reads: the winner's features and its lead over the runner-up. */
export interface ConfidenceInput {
  best: Candidate;
  runnerUp: Candidate | undefined;
  /** The question asked for a typed span (a person, a date, a number…). */
  isTyped: boolean;
  isQuote: boolean;
}

/**
 * Logistic regression fitted on shared/eval/qa.jsonl (131 questions; label 1 when the composed
 * answer holds a gold span and cites the gold article, 0 otherwise, unanswerable questions
 * included; L2 0.01; refit with bench/eval/qa.ts whenever the ranker changes). Untyped questions
 * read 0.5 for the type features, as they have no span to judge.
 */
export const CONFIDENCE_MODEL = {
  bias: -2.431,
  weights: {
    sentenceCoverage: 0.417,
    focusCoverage: 1.011,
    articleCoverage: 0.426,
    typeFit: 0.425,
    proximity: 0.919,
    margin: 0.977,
    quote: 0.202,
    articleScore: 1.516,
  },
} as const;

/**
 * Below this confidence Sitrep refuses. Chosen on the same questions: the highest threshold that
 * keeps every correct answer the lower ones keep (see README › Answers, summaries and digests for the table).
 */
export const REFUSAL_THRESHOLD = 0.6;

/** Probability (0..1) that the best candidate answers the question correctly. */
export function answerConfidence({ best, runnerUp, isTyped, isQuote }: ConfidenceInput): number {
  const { weights } = CONFIDENCE_MODEL;
  const { features } = best;
  const margin = runnerUp ? Math.min(best.score - runnerUp.score, 1) : 1;
  const z =
    CONFIDENCE_MODEL.bias +
    weights.sentenceCoverage * features.sentenceCoverage +
    weights.focusCoverage * features.focusCoverage +
    weights.articleCoverage * features.articleCoverage +
    weights.typeFit * (isTyped ? features.typeFit : 0.5) +
    weights.proximity * (isTyped ? features.proximity : 0.5) +
    weights.margin * margin +
    weights.quote * (isQuote ? 1 : 0) +
    weights.articleScore * features.articleScore;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The coverage check applied before the confidence threshold: the answer's article must hold at
 * least 45% of the question's IDF weight when the question is typed (a span alone proves little),
 * and a third otherwise. On the evaluation questions no correct typed answer fell below it.
 */
export const MIN_ARTICLE_COVERAGE = { typed: 0.45, untyped: 0.3 } as const;

/** A span that only loosely fits the kind (a bare name for "who") must sit next to the question's words. */
export const WEAK_SPAN = { fit: 0.7, minProximity: 0.5 } as const;

/** The coverage and type checks; an answer failing them is refused whatever its confidence. */
export function passesChecks(best: Candidate, isTyped: boolean): boolean {
  const { articleCoverage, typeFit, proximity } = best.features;
  if (articleCoverage < (isTyped ? MIN_ARTICLE_COVERAGE.typed : MIN_ARTICLE_COVERAGE.untyped)) return false;
  return !isTyped || typeFit >= WEAK_SPAN.fit || proximity >= WEAK_SPAN.minProximity;
}
