/** BM25 parameters: term saturation (k), length normalization (b), lower bound per match (d). */
export interface Bm25 {
  k: number;
  b: number;
  d: number;
}

/** Inverse document frequency of a term in `matching` of `total` documents (BM25's, never negative). */
export function inverseFrequency(total: number, matching: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** The BM25+ term weight before idf: d + tf(k+1) / (tf + k(1 − b + b·length/averageLength)). */
export function termWeight(
  frequency: number,
  length: number,
  averageLength: number,
  { k, b, d }: Bm25,
): number {
  return d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength));
}

/** How many bits of `value` are set: the distinct query terms a match covered. */
export function countBits(value: number): number {
  let bits = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) bits++;
  return bits;
}
