import { articleTerms } from './article-terms.ts';
import type { QuestionIntent } from './question-intent.ts';
import { isStrictKind } from './question-intent.ts';
import { coverage, focusTerms, type QuestionTerms } from './question-terms.ts';
import type { RetrievedArticle } from './retrieve.ts';
import { type FeatureInput, type SentenceFeatures, sentenceFeatures } from './sentence-features.ts';
import { type TypedSpan, typedSpans } from './spans/typed-spans.ts';

/** Offsets into the sentence text of the part to emphasise. */
export interface Highlight {
  start: number;
  end: number;
}

/** A sentence that may answer the question. */
export interface Candidate {
  retrieved: RetrievedArticle;
  /** Index into `retrieved.item.sentences`. */
  index: number;
  highlight?: Highlight;
  features: SentenceFeatures;
  score: number;
}

/**
 * Weights of the ranking score, tuned by hand on shared/eval/qa.jsonl (see README › Answers, summaries and digests):
 * the sentence must match the question, the article must match its context, and a typed span
 * close to the matched words beats one far away.
 */
export const RANK_WEIGHTS: Readonly<Record<keyof SentenceFeatures, number>> = {
  sentenceCoverage: 0.5,
  focusCoverage: 0.75,
  contextCoverage: 0.5,
  articleCoverage: 0.8,
  passageScore: 0,
  articleScore: 0.3,
  typeFit: 1.2,
  proximity: 0.4,
  roleMatch: 0.3,
  unitMatch: 0.3,
};

export function rankScore(features: SentenceFeatures): number {
  let score = 0;
  for (const key of Object.keys(RANK_WEIGHTS) as Array<keyof SentenceFeatures>) {
    score += RANK_WEIGHTS[key] * features[key];
  }
  return score;
}

/**
 * Scores every sentence of the retrieved articles, best first. For a strictly typed question a
 * sentence without a fitting span outside the question's words is no candidate at all.
 */
export function rankSentences(
  retrieved: RetrievedArticle[],
  terms: QuestionTerms,
  intent: QuestionIntent,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const article of retrieved) {
    const { titleStems, sentenceStems } = articleTerms(article.item);
    const focus = focusTerms(terms, titleStems);
    for (const [index, sentence] of article.item.sentences.entries()) {
      // A sentence sharing no word with the question is never a candidate: skip it before span detection.
      if (coverage(terms, sentenceStems[index] ?? new Set()) === 0) continue;
      const spans: Array<TypedSpan | undefined> = typedSpans(
        sentence.text,
        intent.kind,
        terms.stems,
        intent.unit,
      );
      if (spans.length === 0 && isStrictKind(intent.kind)) continue;
      if (spans.length === 0) spans.push(undefined);
      candidates.push(bestCandidate({ retrieved: article, focus, index, terms, intent }, spans));
    }
  }
  return candidates.sort((a, b) => b.score - a.score);
}

function bestCandidate(input: Omit<FeatureInput, 'span'>, spans: Array<TypedSpan | undefined>): Candidate {
  let best: Candidate | undefined;
  for (const span of spans) {
    const features = sentenceFeatures({ ...input, span });
    const score = rankScore(features);
    if (!best || score > best.score) {
      const highlight = span ? { highlight: { start: span.start, end: span.end } } : {};
      best = { retrieved: input.retrieved, index: input.index, features, score, ...highlight };
    }
  }
  return best!;
}
