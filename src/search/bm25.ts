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
  // The bits counted in parallel, in pairs, nibbles, then bytes (a population count).
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}
