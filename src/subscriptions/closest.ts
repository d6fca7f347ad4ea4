import { editDistance } from '../text/edit-distance.ts';

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
  const needle = input.toLowerCase();
  return candidates
    .map((candidate) => ({
      candidate,
      distance: Math.min(...keysOf(candidate).map((key) => editDistance(needle, key.toLowerCase()))),
    }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
