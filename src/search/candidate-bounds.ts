import { countBits } from './bm25.ts';
import { coordinationFactor } from './exact-score.ts';
import { IdList } from './id-list.ts';
import type { ScoreBuffers } from './score-buffers.ts';

/** Candidate passages (short ids) with their short id ranges, ascending. */
export interface CandidateRanges {
  keys: Int32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length: number;
}

/** What the query terms not yet read can still add, at most, to any one result. */
export interface RestBounds {
  /** Sum of their bounds in a passage's score (before coordination). */
  passage: number;
  /** How many distinct query terms they are. */
  slots: number;
}

export interface BoundsTuning {
  /** Exponent of the passages' coordination factor. */
  passageCoordination: number;
}

/**
 * The candidate passages of a query scored part way (some of its terms read): for each one a
 * lower bound of its final score (the sums so far: every term adds a score of zero or more, and
 * the coordination factor only grows) and what an upper bound needs. Keyed by passage short id:
 * articles are bounded from their folded postings instead (`ArticleBounds`).
 */
export class CandidateBounds {
  readonly candidates = new IdList();
  private mark = new Int32Array(0);
  private stamp = 0;
  /** The passage's score so far (coordinated), its raw sum and its count of terms. */
  private bestLower = new Float64Array(0);
  private largestSum = new Float64Array(0);
  private largestCount = new Int32Array(0);
  private lower = new Float64Array(0);
  private keepStamp = 0;
  private readonly best: number[] = [];
  private readonly bestKeys: number[] = [];
  /** The best candidates of the last full `collect`. */
  private leaders = new Int32Array(0);

  /** Makes room for `keys` passages. */
  prepare(keys: number): void {
    if (this.mark.length < keys) {
      this.mark = new Int32Array(keys);
      this.bestLower = new Float64Array(keys);
      this.largestSum = new Float64Array(keys);
      this.largestCount = new Int32Array(keys);
      this.lower = new Float64Array(keys);
      this.stamp = 0;
    }
    if (this.stamp > 2 ** 30) {
      this.mark.fill(0);
      this.stamp = 0;
    }
  }

  /** The stamp `keep` carries for the candidates still in the running (see `keepAbove`). */
  get keep(): Int32Array {
    return this.mark;
  }

  get kept(): number {
    return this.keepStamp;
  }

  /**
   * Gathers the touched passages with their lower bounds, or only the candidates in `kept`
   * (those of the last `keepAbove`, with their short id ranges: a pass over them instead of
   * every touched one). Returns the `limit`-th best lower bound (0: fewer).
   */
  collect(buffers: ScoreBuffers, tuning: BoundsTuning, limit: number, kept?: CandidateRanges): number {
    if (kept) return this.collectKept(buffers, tuning, limit, kept);
    const { passageScore, passageSlots, touchedPassages } = buffers;
    const { mark, bestLower, largestSum, largestCount, candidates } = this;
    const stamp = ++this.stamp;
    candidates.clear();
    const passages = touchedPassages.ids;
    for (let at = 0; at < touchedPassages.length; at++) {
      const id = passages[at] as number;
      const key = id;
      const sum = passageScore[id] as number;
      const count = countBits(passageSlots[id] as number);
      const score =
        tuning.passageCoordination === 0 ? sum : sum * coordinationFactor(count, tuning.passageCoordination);
      if (mark[key] !== stamp) {
        mark[key] = stamp;
        candidates.push(key);
        bestLower[key] = score;
        largestSum[key] = sum;
        largestCount[key] = count;
        continue;
      }
      if (score > (bestLower[key] as number)) bestLower[key] = score;
      if (sum > (largestSum[key] as number)) largestSum[key] = sum;
      if (count > (largestCount[key] as number)) largestCount[key] = count;
    }
    this.keepStamp = stamp;
    return this.lowerBounds(limit);
  }

  private collectKept(
    buffers: ScoreBuffers,
    tuning: BoundsTuning,
    limit: number,
    kept: CandidateRanges,
  ): number {
    const { passageScore, passageSlots } = buffers;
    const { mark, bestLower, largestSum, largestCount, candidates } = this;
    const stamp = ++this.stamp;
    candidates.clear();
    for (let range = 0; range < kept.length; range++) {
      const key = kept.keys[range] as number;
      mark[key] = stamp;
      candidates.push(key);
      let best = 0;
      let largest = 0;
      let most = 0;
      const end = kept.ends[range] as number;
      for (let id = kept.starts[range] as number; id < end; id++) {
        const slots = passageSlots[id] as number;
        if (slots === 0) continue;
        const sum = passageScore[id] as number;
        const count = countBits(slots);
        const score =
          tuning.passageCoordination === 0
            ? sum
            : sum * coordinationFactor(count, tuning.passageCoordination);
        if (score > best) best = score;
        if (sum > largest) largest = sum;
        if (count > most) most = count;
      }
      bestLower[key] = best;
      largestSum[key] = largest;
      largestCount[key] = most;
    }
    this.keepStamp = stamp;
    return this.lowerBounds(limit);
  }

  /** Each gathered candidate's lower bound (its score so far); returns the `limit`-th best. */
  private lowerBounds(limit: number): number {
    const { lower, candidates, bestLower } = this;
    const ids = candidates.ids;
    for (let at = 0; at < candidates.length; at++) {
      const key = ids[at] as number;
      lower[key] = bestLower[key] as number;
    }
    return this.threshold(limit);
  }

  /** The lower bound of a gathered candidate. */
  lowerOf(key: number): number {
    return this.lower[key] as number;
  }

  /**
   * Keeps only the candidates whose upper bound, with `rest` still to come, reaches
   * `threshold` (one part in a billion to spare for rounding); returns how many are kept.
   */
  keepAbove(tuning: BoundsTuning, rest: RestBounds, threshold: number) {
    const { mark, largestSum, largestCount, candidates } = this;
    const stamp = ++this.stamp;
    const ids = candidates.ids;
    let kept = 0;
    for (let at = 0; at < candidates.length; at++) {
      const key = ids[at] as number;
      const upper =
        ((largestSum[key] as number) + rest.passage) *
        coordinationFactor((largestCount[key] as number) + rest.slots, tuning.passageCoordination);
      if (upper * (1 + MARGIN) < threshold) continue;
      mark[key] = stamp;
      ids[kept++] = key;
    }
    candidates.length = kept;
    this.keepStamp = stamp;
    return kept;
  }

  /**
   * The `limit`-th largest lower bound among the candidates (0 when there are fewer); the
   * best few candidates become the leaders (`leaderThreshold`).
   */
  private threshold(limit: number): number {
    const { best, bestKeys, lower, candidates } = this;
    const size = limit * LEADERS_PER_RESULT;
    best.length = 0;
    bestKeys.length = 0;
    const ids = candidates.ids;
    for (let at = 0; at < candidates.length; at++) {
      const key = ids[at] as number;
      const value = lower[key] as number;
      if (best.length === size && value <= (best[size - 1] as number)) continue;
      let place = best.length < size ? best.length : size - 1;
      while (place > 0 && value > (best[place - 1] as number)) place--;
      best.splice(place, 0, value);
      bestKeys.splice(place, 0, key);
      if (best.length > size) {
        best.pop();
        bestKeys.pop();
      }
    }
    this.leaders = Int32Array.from(bestKeys);
    return best.length < limit ? 0 : (best[limit - 1] as number);
  }

  /**
   * The `limit`-th best lower bound among the leaders of the last full `collect`, their sums
   * read again: any `limit` candidates' lower bounds bound the `limit`-th best score from
   * below, so this is a valid threshold for a fraction of a full pass's cost.
   */
  leaderThreshold(buffers: ScoreBuffers, tuning: BoundsTuning, limit: number) {
    const { passageScore, passageSlots } = buffers;
    const values: number[] = [];
    for (const id of this.leaders) {
      const slots = passageSlots[id] as number;
      const sum = passageScore[id] as number;
      if (slots === 0) values.push(0);
      else if (tuning.passageCoordination === 0) values.push(sum);
      else values.push(sum * coordinationFactor(countBits(slots), tuning.passageCoordination));
    }
    if (values.length < limit) return 0;
    return values.sort((a, b) => b - a)[limit - 1] as number;
  }
}

/** Leaders kept per result asked for: enough that a few falling behind leave `limit` strong ones. */
const LEADERS_PER_RESULT = 3;

/** Relative room left for rounding: bounds are summed in another order than the scores. */
export const MARGIN = 1e-9;

/** An upper bound of what a passage no term read so far touched can score. */
export function untouchedBound(tuning: BoundsTuning, rest: RestBounds): number {
  return rest.passage * coordinationFactor(rest.slots, tuning.passageCoordination);
}
