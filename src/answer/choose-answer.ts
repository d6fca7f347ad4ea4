import type { Candidate, PreparedQuestion } from './gather-candidates.ts';
import { isStrictKind } from './question-intent.ts';
import { type AnswerModel, linearScore, sigmoid } from './ranker/model.ts';

/** The ranked candidates and the confidence that the first one answers. */
export interface Choice {
  ranked: Candidate[];
  /** Probability that the winning sentence answers the question: the figure compared with the threshold. */
  confidence: number;
  answers: boolean;
}

/**
 * Scores every candidate with the ranker, then judges the winner with the confidence model from
 * its own features, its share of the candidates' probability, its margin over the runner-up and
 * what kind of question was asked.
 */
export function chooseAnswer(prepared: PreparedQuestion, model: AnswerModel): Choice {
  const ranked = prepared.candidates
    .map((candidate) => ({ ...candidate, score: linearScore(model.ranker, candidate.features) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.retrieved.item.article.id.localeCompare(b.retrieved.item.article.id) ||
        a.index - b.index,
    );
  const best = ranked[0];
  if (!best) return { ranked, confidence: 0, answers: false };
  const confidence = sigmoid(linearScore(model.confidence, confidenceFeatures(prepared, ranked)));
  return { ranked, confidence, answers: confidence >= model.threshold };
}

/** Candidates the winner's share of probability is measured among. */
const SHARE_AMONG = 5;

/** What the confidence model reads about the winner, by name. */
export function confidenceFeatures(prepared: PreparedQuestion, ranked: Candidate[]): Record<string, number> {
  const best = ranked[0]!;
  const runnerUp = runnerUpOf(ranked);
  // The winner's share among the first few only: over all candidates, a long article's many
  // sentences would lower it whatever the evidence, and news articles are long.
  let total = 0;
  for (const candidate of ranked.slice(0, SHARE_AMONG)) total += Math.exp(candidate.score - best.score);
  const { intent, shape, terms } = prepared.context;
  return {
    ...best.features,
    bestScore: best.score,
    bestShare: 1 / total,
    margin: runnerUp ? Math.min(best.score - runnerUp.score, 5) : 5,
    strictKind: isStrictKind(intent.kind) && intent.kind !== 'quote' ? 1 : 0,
    quoteKind: intent.kind === 'quote' ? 1 : 0,
    untypedKind: intent.kind === 'none' ? 1 : 0,
    asksReason: shape.asksReason ? 1 : 0,
    asksManner: shape.asksManner ? 1 : 0,
    questionTerms: Math.log1p(terms.stems.size),
    articleMargin: articleMargin(prepared, best),
  };
}

/**
 * How far the winner's article stands above every other retrieved article, as a share of its own
 * retrieval score: a question that names its story clearly singles one article out, while one
 * asked of many similar articles leaves them close.
 */
function articleMargin(prepared: PreparedQuestion, best: Candidate): number {
  const own = best.retrieved.articleScore;
  if (own <= 0) return 0;
  let rival = 0;
  for (const entry of prepared.retrieved)
    if (entry !== best.retrieved) rival = Math.max(rival, entry.articleScore);
  return Math.max(0, Math.min(1, (own - rival) / own));
}

/** The best candidate that would give a different answer: another span, or a sentence not next to the winner. */
export function runnerUpOf(ranked: Candidate[]): Candidate | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const answerOf = (candidate: Candidate) => {
    const sentence = candidate.retrieved.item.sentences[candidate.index]!;
    return candidate.highlight
      ? sentence.text.slice(candidate.highlight.start, candidate.highlight.end).toLowerCase()
      : `${candidate.retrieved.item.article.id}#${candidate.index}`;
  };
  const answer = answerOf(best);
  return ranked.find((candidate) => answerOf(candidate) !== answer && !isNeighbour(candidate, best));
}

function isNeighbour(a: Candidate, b: Candidate): boolean {
  return a.retrieved === b.retrieved && Math.abs(a.index - b.index) <= 1 && !a.highlight;
}
