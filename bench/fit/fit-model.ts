// Fits the answer model: the sentence ranker, then the confidence model on out-of-fold ranker output.

import { cannotHoldAnswer } from '../../src/answer/answer-question.ts';
import { confidenceFeatures } from '../../src/answer/choose-answer.ts';
import { composeAnswer } from '../../src/answer/compose-answer.ts';
import { FEATURE_NAMES } from '../../src/answer/ranker/features.ts';
import { type AnswerModel, type LinearModel, linearScore, sigmoid } from '../../src/answer/ranker/model.ts';
import { type Example, holdsGoldSpan } from './examples.ts';
import { assignFolds } from './folds.ts';
import { type FitOptions, fitLogistic, fitRanker } from './logistic.ts';

export const SEED = 20_261_204;
const RANKER_OPTIONS: FitOptions = { l2: 0.001, iterations: 250, learningRate: 0.05 };
const CONFIDENCE_OPTIONS: FitOptions = { l2: 0.003, iterations: 400, learningRate: 0.05 };
/** Folds inside the training data that give the confidence model ranker scores it was not fitted on. */
const INNER_FOLDS = 4;

const RANKER_FEATURES: string[] = [...FEATURE_NAMES].filter(
  (n) => !(process.env.DROP ?? '').split(',').includes(n),
);
/** A weight per question such that each kind of material sums to the same total. */
function materialWeights(examples: Example[]): (example: Example) => number {
  const perMaterial = new Map<string, number>();
  for (const { labelled } of examples)
    perMaterial.set(labelled.material, (perMaterial.get(labelled.material) ?? 0) + 1);
  return (example) => examples.length / perMaterial.size / perMaterial.get(example.labelled.material)!;
}

/**
 * A news question weighs three SQuAD questions in the ranker: Sitrep answers news, and SQuAD's
 * 2,828 questions would otherwise set the weights of features that mean something else in a
 * news article. Chosen among 1, 3 and 6 out of fold (three assignments, 441 news questions):
 * answering everything, news training set 73.1% / 75.0% / 74.4%, qa.jsonl 90.5% / 92.2% / 92.4%,
 * SQuAD 72.9% / 72.7% / 72.2%.
 */
const RANKER_MATERIAL_WEIGHTS: Record<string, number> = { news: 3 };

export function fitRankerOn(examples: Example[]): LinearModel {
  return fitRanker(
    examples.map((example) => ({
      rows: example.prepared.candidates.map((candidate) => candidate.features),
      labels: example.labels,
      weight: RANKER_MATERIAL_WEIGHTS[example.labelled.material] ?? 1,
    })),
    RANKER_FEATURES,
    RANKER_OPTIONS,
  );
}

interface ConfidenceRow {
  features: Record<string, number>;
  /** The composed answer holds a gold span. */
  right: boolean;
  answerable: boolean;
  /** Each kind of material counts the same, however many questions it brings. */
  weight: number;
  /** Refused whatever the confidence (no figure or date for a question asking one). */
  blocked: boolean;
}

/** The winner under `ranker` and whether answering with it would be right. */
function confidenceRow(example: Example, ranker: LinearModel, weight: number): ConfidenceRow | undefined {
  const ranked = example.prepared.candidates
    .map((candidate) => ({ ...candidate, score: linearScore(ranker, candidate.features) }))
    .sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return undefined;
  const { answers } = example.labelled;
  const text = composeAnswer(example.prepared.question, ranked, 1).text;
  return {
    features: confidenceFeatures(example.prepared, ranked),
    right: answers.length > 0 && holdsGoldSpan(text, answers),
    answerable: answers.length > 0,
    weight,
    blocked: cannotHoldAnswer(example.prepared, ranked[0]!),
  };
}

/**
 * The threshold that maximizes answered-right plus refused-unanswerable on the rows: refusing an
 * answerable question the winner gets wrong neither gains nor loses.
 */
function bestThreshold(probabilities: number[], rows: ConfidenceRow[]): number {
  // A blocked answer is refused at any threshold: it sorts below every other.
  const order = probabilities
    .map((p, i) => ({ p: rows[i]!.blocked ? -1 : p, row: rows[i]! }))
    .sort((a, b) => a.p - b.p);
  // Threshold below everything: all answered.
  let value = order.reduce((sum, { row }) => sum + (row.right ? row.weight : 0), 0);
  let best = { value, threshold: 0 };
  for (let i = 0; i < order.length; i++) {
    const { row } = order[i]!;
    if (row.right) value -= row.weight;
    if (!row.answerable) value += row.weight;
    const next = order[i + 1]?.p ?? 1;
    if (value > best.value) best = { value, threshold: Math.max(0, (order[i]!.p + next) / 2) };
  }
  return Number(best.threshold.toFixed(4));
}

export function fitAnswerModel(examples: Example[], seed = SEED): AnswerModel {
  const folds = assignFolds(
    examples.map((example) => example.labelled.group),
    INNER_FOLDS,
    seed + 1,
  );
  const weightOf = materialWeights(examples);
  const rows: ConfidenceRow[] = [];
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const inFold = (example: Example) => folds.get(example.labelled.group) === fold;
    const ranker = fitRankerOn(examples.filter((example) => !inFold(example)));
    for (const example of examples.filter(inFold)) {
      const row = confidenceRow(example, ranker, weightOf(example));
      if (row) rows.push(row);
    }
  }
  const confidenceNames = Object.keys(rows[0]?.features ?? {});
  const confidence = fitLogistic(
    rows.map((row) => row.features),
    rows.map((row) => (row.right ? 1 : 0)),
    confidenceNames,
    // Unweighted, so that the confidence stays a calibrated probability over all the questions;
    // weighing the news questions up to SQuAD's gave them confidences around 0.4 for right answers.
    CONFIDENCE_OPTIONS,
  );
  const probabilities = rows.map((row) => sigmoid(linearScore(confidence, row.features)));
  return {
    ranker: fitRankerOn(examples),
    confidence,
    threshold: bestThreshold(probabilities, rows),
    fitted: {
      questions: examples.length,
      seed,
      ranker: RANKER_OPTIONS,
      confidence: CONFIDENCE_OPTIONS,
      innerFolds: INNER_FOLDS,
    },
  };
}
