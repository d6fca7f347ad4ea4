// How far a measured share could move on other questions of the same kind: an interval from
// resampling whole articles, since questions about one article succeed or fail together.
import { seededRandom } from '../seeded-random.ts';

/** One question's score (1 right, 0 wrong; a mean over fold assignments lies between) and its article. */
export interface GroupedScore {
  group: string;
  value: number;
}

export interface IntervalOptions {
  /** Resampled question sets drawn (default 2,000). */
  resamples?: number;
  seed?: number;
  /** Share of the resampled figures the interval holds (default 0.95). */
  level?: number;
}

/**
 * A percentile interval for the mean score, from a cluster bootstrap: each resample draws as
 * many articles as there are, with replacement, and takes every question of each. Resampling
 * single questions would treat the six to ten questions asked of one news article as six to ten
 * independent trials and give an interval too narrow for what a new set of articles would show.
 */
export function groupBootstrapInterval(
  scores: GroupedScore[],
  options: IntervalOptions = {},
): [number, number] {
  if (scores.length === 0) return [0, 0];
  const { resamples = 2_000, seed = 20_261_204, level = 0.95 } = options;
  const groups = new Map<string, { sum: number; count: number }>();
  for (const { group, value } of scores) {
    const entry = groups.get(group) ?? { sum: 0, count: 0 };
    entry.sum += value;
    entry.count++;
    groups.set(group, entry);
  }
  const totals = [...groups.values()];
  const random = seededRandom(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < totals.length; i++) {
      const drawn = totals[Math.floor(random() * totals.length)]!;
      sum += drawn.sum;
      count += drawn.count;
    }
    means.push(sum / count);
  }
  means.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const at = (share: number) =>
    means[Math.min(means.length - 1, Math.max(0, Math.floor(share * means.length)))]!;
  return [at(tail), at(1 - tail)];
}
