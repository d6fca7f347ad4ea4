/** How directed centrality weighs a sentence's similarity to the sentences around it. */
export interface CentralityOptions {
  /** Edges below min + beta·(max − min) are dropped (0..1). */
  beta: number;
  /** Weight of similarity to earlier sentences; negative, as resembling what came before adds little. */
  lambdaBefore: number;
  /** Weight of similarity to later sentences: a sentence the rest of the article elaborates is central. */
  lambdaAfter: number;
}

/**
 * Directed tf-idf centrality of each sentence (given as its content stems): the idf²-weighted dot
 * product with every other sentence, idf taken over the article's own sentences, split into the
 * similarity to earlier and to later sentences and weighted by `options`.
 */
export function directedCentrality(sentences: string[][], options: CentralityOptions): number[] {
  const counts = sentences.map(termCounts);
  const idf = sentenceIdf(counts);
  const n = sentences.length;
  const edges: number[][] = counts.map(() => new Array<number>(n).fill(0));
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const weight = dot(counts[i]!, counts[j]!, idf);
      edges[i]![j] = weight;
      edges[j]![i] = weight;
      min = Math.min(min, weight);
      max = Math.max(max, weight);
    }
  }
  const threshold = n > 1 ? min + options.beta * (max - min) : 0;
  return edges.map((row, i) =>
    row.reduce((score, weight, j) => {
      if (j === i || weight < threshold) return score;
      return score + weight * (j < i ? options.lambdaBefore : options.lambdaAfter);
    }, 0),
  );
}

function termCounts(stems: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

function sentenceIdf(counts: Map<string, number>[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const sentence of counts) {
    for (const stem of sentence.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [stem, frequency] of documentFrequency) idf.set(stem, Math.log(counts.length / frequency) + 1);
  return idf;
}

function dot(a: Map<string, number>, b: Map<string, number>, idf: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [stem, count] of small) {
    const other = large.get(stem);
    if (other) sum += count * other * (idf.get(stem) ?? 0) ** 2;
  }
  return sum;
}
