import { readFileSync } from 'node:fs';

/** A linear function over named features, standardized with the training set's mean and scale. */
export interface LinearModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/**
 * The fitted answer model (`npm run fit` writes it to answer-model.json): a sentence ranker
 * (conditional logit over a question's candidates) and a confidence model (logistic regression:
 * the probability that the winning sentence answers), with the refusal threshold on that probability.
 */
export interface AnswerModel {
  ranker: LinearModel;
  confidence: LinearModel;
  /** Below this confidence Sitrep refuses. */
  threshold: number;
  /** How and on what the model was fitted, for the record. */
  fitted?: Record<string, unknown>;
}

/** The value of a linear model for features given by name; a missing feature reads 0. */
export function linearScore(model: LinearModel, features: Readonly<Record<string, number>>): number {
  let z = model.bias;
  for (const [i, name] of model.features.entries()) {
    const scale = model.scale[i] || 1;
    z += model.weights[i]! * (((features[name] ?? 0) - model.mean[i]!) / scale);
  }
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

let bundled: AnswerModel | undefined;

/** The model shipped with Sitrep, read once. */
export function bundledAnswerModel(): AnswerModel {
  bundled ??= JSON.parse(
    readFileSync(new URL('./answer-model.json', import.meta.url), 'utf8'),
  ) as AnswerModel;
  return bundled;
}
