/**
 * ROUGE F1 scores for evaluating summaries against a reference.
 *
 * Tokenization: lower-case, every character other than a-z and 0-9 becomes a space, split on
 * whitespace; no stemming and no stopword removal. ROUGE-N counts clipped n-gram matches; ROUGE-L
 * is the longest common subsequence of the whole token sequences (summary-level, not per sentence).
 */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

export function rouge(candidate: string, reference: string): RougeScores {
  const system = rougeTokens(candidate);
  const gold = rougeTokens(reference);
  return { rouge1: rougeN(system, gold, 1), rouge2: rougeN(system, gold, 2), rougeL: rougeL(system, gold) };
}

/** F1 of clipped n-gram overlap. */
export function rougeN(system: string[], reference: string[], n: number): number {
  const systemGrams = ngramCounts(system, n);
  const referenceGrams = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of systemGrams) overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  return f1(overlap, Math.max(system.length - n + 1, 0), Math.max(reference.length - n + 1, 0));
}

/** F1 from the longest common subsequence. */
export function rougeL(system: string[], reference: string[]): number {
  return f1(lcsLength(system, reference), system.length, reference.length);
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Two-row dynamic programme: O(|a|·|b|) time, O(|b|) memory. */
function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function f1(overlap: number, systemCount: number, referenceCount: number): number {
  if (overlap === 0 || systemCount === 0 || referenceCount === 0) return 0;
  const precision = overlap / systemCount;
  const recall = overlap / referenceCount;
  return (2 * precision * recall) / (precision + recall);
}
