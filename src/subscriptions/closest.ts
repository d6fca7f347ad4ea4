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
  // The distance is at least the difference in length: skipping those keeps a pasted page
  // from costing a full edit-distance table per candidate.
  const near = (key: string) => Math.abs(key.length - needle.length) <= allowed;
  return candidates
    .filter((candidate) => keysOf(candidate).some(near))
    .map((candidate) => ({
      candidate,
      distance: Math.min(
        ...keysOf(candidate)
          .filter(near)
          .map((key) => editDistance(needle, key.toLowerCase())),
      ),
    }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
