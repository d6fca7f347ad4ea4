// Pure TypeScript fitting of the two linear models: full-batch Adam on standardized features, L2.
import type { LinearModel } from '../../src/answer/ranker/model.ts';

export interface FitOptions {
  l2: number;
  iterations: number;
  learningRate: number;
}

type Row = Readonly<Record<string, number>>;

/** Mean and standard deviation of each feature (scale 1 for a constant feature). */
function standardizer(rows: Row[], features: string[]): { mean: number[]; scale: number[] } {
  const mean = features.map(
    (name) => rows.reduce((sum, row) => sum + (row[name] ?? 0), 0) / Math.max(rows.length, 1),
  );
  const scale = features.map((name, i) => {
    const variance =
      rows.reduce((sum, row) => sum + ((row[name] ?? 0) - mean[i]!) ** 2, 0) / Math.max(rows.length, 1);
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  return { mean, scale };
}

function matrix(rows: Row[], features: string[], mean: number[], scale: number[]): Float64Array[] {
  return rows.map((row) =>
    Float64Array.from(features, (name, i) => ((row[name] ?? 0) - mean[i]!) / scale[i]!),
  );
}

/** Adam over a loss whose gradient `step` fills in; returns the weights (bias last). */
function adam(
  size: number,
  options: FitOptions,
  step: (w: Float64Array, grad: Float64Array) => void,
): Float64Array {
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    step(w, grad);
    for (let i = 0; i < size; i++) {
      const g = grad[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      const mHat = m[i]! / (1 - beta1 ** t);
      const vHat = v[i]! / (1 - beta2 ** t);
      w[i] = w[i]! - (options.learningRate * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
  return w;
}

/**
 * Conditional logit (a softmax over each question's candidates): maximizes the probability given
 * to the candidates labelled 1. Questions without any positive candidate teach nothing and are skipped.
 */
export function fitRanker(
  groups: Array<{ rows: Row[]; labels: number[]; weight?: number }>,
  features: string[],
  options: FitOptions,
): LinearModel {
  const usable = groups.filter((group) => group.labels.some((label) => label > 0));
  const { mean, scale } = standardizer(
    usable.flatMap((group) => group.rows),
    features,
  );
  // One flat matrix with group offsets: the fit runs over tens of thousands of candidates.
  const d = features.length;
  const rows = usable.flatMap((group) => group.rows);
  const x = new Float64Array(rows.length * d);
  for (const [r, row] of rows.entries()) {
    for (const [j, name] of features.entries()) x[r * d + j] = ((row[name] ?? 0) - mean[j]!) / scale[j]!;
  }
  const labels = Float64Array.from(usable.flatMap((group) => group.labels));
  const offsets = [0];
  for (const group of usable) offsets.push(offsets[offsets.length - 1]! + group.rows.length);
  const scores = new Float64Array(rows.length);
  const groupWeights = usable.map((group) => group.weight ?? 1);
  const totalWeight = groupWeights.reduce((a, b) => a + b, 0) || 1;
  const weights = adam(d, options, (w, grad) => {
    for (let q = 0; q < usable.length; q++) {
      const from = offsets[q]!;
      const to = offsets[q + 1]!;
      let top = Number.NEGATIVE_INFINITY;
      for (let r = from; r < to; r++) {
        let sum = 0;
        for (let j = 0; j < d; j++) sum += w[j]! * x[r * d + j]!;
        scores[r] = sum;
        if (sum > top) top = sum;
      }
      let total = 0;
      let positive = 0;
      for (let r = from; r < to; r++) {
        const e = Math.exp(scores[r]! - top);
        scores[r] = e;
        total += e;
        if (labels[r]! > 0) positive += e;
      }
      for (let r = from; r < to; r++) {
        const e = scores[r]!;
        const g = ((e / total - (labels[r]! > 0 ? e / positive : 0)) * groupWeights[q]!) / totalWeight;
        if (g !== 0) for (let j = 0; j < d; j++) grad[j]! += g * x[r * d + j]!;
      }
    }
    for (let j = 0; j < d; j++) grad[j]! += options.l2 * w[j]!;
  });
  return { features, mean: round(mean), scale: round(scale), weights: round([...weights]), bias: 0 };
}

/** Logistic regression with a bias: the probability that a row's label is 1. */
export function fitLogistic(
  rows: Row[],
  labels: number[],
  features: string[],
  options: FitOptions,
  sampleWeights: number[] = rows.map(() => 1),
): LinearModel {
  const { mean, scale } = standardizer(rows, features);
  const x = matrix(rows, features, mean, scale);
  const d = features.length;
  const totalWeight = sampleWeights.reduce((a, b) => a + b, 0) || 1;
  const weights = adam(d + 1, options, (w, grad) => {
    for (const [i, row] of x.entries()) {
      const p = 1 / (1 + Math.exp(-(dot(w, row, d) + w[d]!)));
      const g = ((p - labels[i]!) * sampleWeights[i]!) / totalWeight;
      for (let j = 0; j < d; j++) grad[j]! += g * row[j]!;
      grad[d]! += g;
    }
    for (let j = 0; j < d; j++) grad[j]! += options.l2 * w[j]!;
  });
  const all = [...weights];
  return {
    features,
    mean: round(mean),
    scale: round(scale),
    weights: round(all.slice(0, d)),
    bias: round([all[d]!])[0]!,
  };
}

function dot(w: Float64Array, row: Float64Array, d: number): number {
  let sum = 0;
  for (let j = 0; j < d; j++) sum += w[j]! * row[j]!;
  return sum;
}

/** Six significant digits: the model file stays small and diffs stay readable. */
function round(values: number[]): number[] {
  return values.map((value) => Number(value.toPrecision(6)));
}
