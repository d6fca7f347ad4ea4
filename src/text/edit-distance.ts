/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Candidates within `maxDistance` of `word` (case-insensitive), closest first. */
export function closestMatches(
  word: string,
  candidates: Iterable<string>,
  maxDistance = 2,
  limit = 3,
): string[] {
  const needle = word.toLowerCase();
  return (
    [...candidates]
      // The distance is at least the difference in length; skip the table for those (long input).
      .filter((candidate) => Math.abs(candidate.length - needle.length) <= maxDistance)
      .map((candidate) => ({ candidate, distance: editDistance(needle, candidate.toLowerCase()) }))
      .filter(({ distance }) => distance <= maxDistance)
      .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
      .slice(0, limit)
      .map(({ candidate }) => candidate)
  );
}
