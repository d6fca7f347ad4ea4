/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours
 * ("Eruope" is one edit from "Europe"), case-insensitive.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const row = rows[i]!;
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[s.length]![t.length]!;
}

/**
 * The candidates closest to `input`, best first, at most `limit`, each within a distance that
 * grows with the input's length (2 edits for short words, a quarter of the length for long).
 * `keysOf` gives the strings a candidate is compared by (a zone by its full name and its city).
 */
export function closest(
  input: string,
  candidates: readonly string[],
  { limit = 3, keysOf = (candidate: string) => [candidate] } = {},
): string[] {
  const allowed = Math.max(2, Math.floor(input.length / 4));
  return candidates
    .map((candidate) => ({
      candidate,
      distance: Math.min(...keysOf(candidate).map((key) => editDistance(input, key))),
    }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
