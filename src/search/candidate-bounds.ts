import type { ArticleTable } from './article-table.ts';
import { countBits } from './bm25.ts';
import { coordinationFactor } from './exact-score.ts';
import { IdList } from './id-list.ts';
import type { ScoreBuffers } from './score-buffers.ts';

/** What the query terms not yet read can still add, at most, to any one result. */
export interface RestBounds {
  /** Sum of their bounds in a passage's score (before coordination). */
  passage: number;
  /** Sum of their bounds in an article's own BM25 score. */
  article: number;
  /** How many distinct query terms they are. */
  slots: number;
}

export interface BoundsTuning {
  /** Exponent of the passages' and the articles' coordination factor. */
  passageCoordination: number;
  articleCoordination: number;
  bestPassageWeight: number;
}

/**
 * The candidates of a query scored part way (some of its terms read): for each one a lower
 * bound of its final score (the sums so far: every term adds a score of zero or more, and the
 * coordination factor and the best passage only grow) and what an upper bound needs. Keyed by
 * article ordinal when ranking articles, by passage short id when ranking passages.
 */
export class CandidateBounds {
  readonly candidates = new IdList();
  private mark = new Int32Array(0);
  private stamp = 0;
  /** By article: the best passage's score so far (coordinated), its largest raw sum and count. */
  private bestLower = new Float64Array(0);
  private largestSum = new Float64Array(0);
  private largestCount = new Int32Array(0);
  private lower = new Float64Array(0);
  private keepStamp = 0;
  private readonly best: number[] = [];

  /** Makes room for `keys` articles or passages. */
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
   * Gathers the touched articles (or passages) with their lower bounds; only those kept by the
   * last `keepAbove` when `onlyKept`. Returns the `limit`-th best lower bound (0: fewer).
   */
  collect(
    buffers: ScoreBuffers,
    table: ArticleTable,
    byArticle: boolean,
    tuning: BoundsTuning,
    limit: number,
    onlyKept: boolean,
  ): number {
    const { passageScore, passageSlots, articleScore, articleSlots, touchedPassages, touchedArticles } =
      buffers;
    const { mark, bestLower, largestSum, largestCount, lower, candidates } = this;
    const { articleOf } = table;
    const previous = this.keepStamp;
    const stamp = ++this.stamp;
    candidates.clear();
    const passages = touchedPassages.ids;
    for (let at = 0; at < touchedPassages.length; at++) {
      const id = passages[at] as number;
      const key = byArticle ? (articleOf[id] as number) : id;
      if (onlyKept && mark[key] !== previous && mark[key] !== stamp) continue;
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
    if (byArticle) {
      // Articles matched by their own terms only (no passage scored): no best passage yet.
      const articles = touchedArticles.ids;
      for (let at = 0; at < touchedArticles.length; at++) {
        const article = articles[at] as number;
        if (mark[article] === stamp || (onlyKept && mark[article] !== previous)) continue;
        mark[article] = stamp;
        candidates.push(article);
        bestLower[article] = 0;
        largestSum[article] = 0;
        largestCount[article] = 0;
      }
    }
    this.keepStamp = stamp;
    const ids = candidates.ids;
    for (let at = 0; at < candidates.length; at++) {
      const key = ids[at] as number;
      lower[key] = byArticle
        ? ownScore(articleScore[key] as number, countBits(articleSlots[key] as number), 0, 0, tuning) +
          tuning.bestPassageWeight * (bestLower[key] as number)
        : (bestLower[key] as number);
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
  keepAbove(
    buffers: ScoreBuffers,
    byArticle: boolean,
    tuning: BoundsTuning,
    rest: RestBounds,
    threshold: number,
  ) {
    const { articleScore, articleSlots } = buffers;
    const { mark, largestSum, largestCount, candidates } = this;
    const stamp = ++this.stamp;
    const ids = candidates.ids;
    let kept = 0;
    for (let at = 0; at < candidates.length; at++) {
      const key = ids[at] as number;
      const passage =
        ((largestSum[key] as number) + rest.passage) *
        coordinationFactor((largestCount[key] as number) + rest.slots, tuning.passageCoordination);
      const upper = byArticle
        ? ownScore(
            articleScore[key] as number,
            countBits(articleSlots[key] as number),
            rest.article,
            rest.slots,
            tuning,
          ) +
          tuning.bestPassageWeight * passage
        : passage;
      if (upper * (1 + MARGIN) < threshold) continue;
      mark[key] = stamp;
      ids[kept++] = key;
    }
    candidates.length = kept;
    this.keepStamp = stamp;
    return kept;
  }

  /** The `limit`-th largest lower bound among the candidates (0 when there are fewer). */
  private threshold(limit: number): number {
    const { best, lower, candidates } = this;
    best.length = 0;
    const ids = candidates.ids;
    for (let at = 0; at < candidates.length; at++) {
      const value = lower[ids[at] as number] as number;
      if (best.length === limit && value <= (best[limit - 1] as number)) continue;
      let place = best.length < limit ? best.length : limit - 1;
      while (place > 0 && value > (best[place - 1] as number)) place--;
      best.splice(place, 0, value);
      if (best.length > limit) best.pop();
    }
    return best.length < limit ? 0 : (best[limit - 1] as number);
  }
}

/** Relative room left for rounding: bounds are summed in another order than the scores. */
export const MARGIN = 1e-9;

/** An article's own BM25 score, at most, with `restScore` and `restSlots` still to come. */
function ownScore(score: number, slots: number, restScore: number, restSlots: number, tuning: BoundsTuning) {
  const exponent = tuning.articleCoordination;
  const sum = score + restScore;
  return exponent === 0 ? sum : sum * coordinationFactor(slots + restSlots, exponent);
}

/** An upper bound of what an article or passage no term read so far touched can score. */
export function untouchedBound(byArticle: boolean, tuning: BoundsTuning, rest: RestBounds): number {
  const passage = rest.passage * coordinationFactor(rest.slots, tuning.passageCoordination);
  return byArticle
    ? ownScore(0, 0, rest.article, rest.slots, tuning) + tuning.bestPassageWeight * passage
    : passage;
}
