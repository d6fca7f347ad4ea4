import type { ArticleTable } from './article-table.ts';
import { countBits } from './bm25.ts';
import type { FieldPostings, PreparedMatch } from './prepared-match.ts';
import type { SearchTuning } from './search-tuning.ts';

/** An article's score with its best passage (-1: none matched), as full scoring finds them. */
export interface ExactArticle {
  score: number;
  best: number;
  bestScore: number;
  bestSlots: number;
}

/**
 * Scores one article, or one passage, on its own: each match's postings of its passages are
 * found by binary search, and the sums are added in the order full scoring adds them (matches
 * in plan order, fields in field order, passages by short id), so the scores are the same to
 * the last bit. Pruned search scores its last few candidates this way.
 */
export class ExactScorer {
  private sums = new Float64Array(16);
  private slots = new Int32Array(16);
  /** The article being scored: whether the current match counts for it, its frequency so far. */
  private seen = false;
  private fieldSeen = false;
  private frequencySum = 0;

  constructor(
    private readonly matches: readonly PreparedMatch[],
    private readonly frozenPassages: Uint32Array,
    private readonly frozenFrequencies: Uint16Array | Uint32Array,
    private readonly table: ArticleTable,
    private readonly tuning: Readonly<SearchTuning>,
    /** Each match's article idf (by match index). */
    private readonly articleIdf: Float64Array,
  ) {}

  article(ordinal: number): ExactArticle {
    const { first, count } = this.table.passagesOf(ordinal);
    if (this.sums.length < count) {
      this.sums = new Float64Array(count * 2);
      this.slots = new Int32Array(count * 2);
    }
    const { sums, slots } = this;
    sums.fill(0, 0, count);
    slots.fill(0, 0, count);
    const end = first + count;
    const { k, b, d } = this.tuning.article.bm25;
    const articleLength = this.table.articleLength[ordinal] ?? 0;
    const averageArticleLength = this.table.averageArticleLength || 1;
    let articleScore = 0;
    let articleSlots = 0;
    const { matches, frozenPassages, frozenFrequencies } = this;
    // Loops written out, without callbacks: pruned searches score hundreds of articles this way.
    for (let at = 0; at < matches.length; at++) {
      const match = matches[at] as PreparedMatch;
      this.seen = false;
      this.frequencySum = 0;
      const { fields } = match;
      for (let index = 0; index < fields.length; index++) {
        const field = fields[index] as FieldPostings;
        this.fieldSeen = false;
        let posting = lowerBound(frozenPassages, field.from, field.to, first);
        for (; posting < field.to; posting++) {
          const id = frozenPassages[posting] as number;
          if (id >= end) break;
          this.addPosting(first, id, frozenFrequencies[posting] as number, field);
        }
        if (field.live) {
          for (let id = first; id < end; id++) {
            const frequency = field.live.get(id);
            if (frequency !== undefined) this.addPosting(first, id, frequency, field);
          }
        }
      }
      if (!this.seen) continue;
      const { frequencySum } = this;
      // As QueryScorer.scoreArticleTerm writes it, for the same sum to the last bit.
      articleScore =
        articleScore +
        match.weight *
          (this.articleIdf[at] as number) *
          (d +
            (frequencySum * (k + 1)) /
              (frequencySum + k * (1 - b + (b * articleLength) / averageArticleLength)));
      articleSlots = articleSlots | match.bit;
    }
    const own = this.tuning.article.coordination;
    if (own !== 0) articleScore = articleScore * coordinationFactor(countBits(articleSlots), own);
    const exponent = this.tuning.coordination;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let offset = 0; offset < count; offset++) {
      const passageSlots = slots[offset] as number;
      if (passageSlots === 0) continue;
      let score = sums[offset] as number;
      if (exponent !== 0) score = score * coordinationFactor(countBits(passageSlots), exponent);
      sums[offset] = score;
      // By short id: the first of equal scores is the lower id, as full scoring keeps.
      if (score > bestScore) {
        best = offset;
        bestScore = score;
      }
    }
    if (best < 0) return { score: articleScore, best: -1, bestScore: 0, bestSlots: 0 };
    const weight = this.tuning.article.bestPassageWeight;
    return {
      score: articleScore + weight * bestScore,
      best: first + best,
      bestScore,
      bestSlots: slots[best] as number,
    };
  }

  /** Adds one posting of an article's passage (its first short id: `first`) to the sums. */
  private addPosting(first: number, id: number, frequency: number, field: FieldPostings): void {
    this.addToPassage(id - first, id, frequency, field);
    const { articleWeight, isRepeated } = field.pass;
    if (articleWeight <= 0) return;
    if (!this.seen) {
      this.seen = true;
      this.frequencySum = 0;
    }
    if (isRepeated && this.fieldSeen) return;
    this.fieldSeen = true;
    this.frequencySum = this.frequencySum + articleWeight * frequency;
  }

  /** One passage's score and the bits of the query terms it matched. */
  passage(shortId: number): { score: number; slots: number } {
    this.sums[0] = 0;
    this.slots[0] = 0;
    for (const match of this.matches) {
      for (const field of match.fields) {
        this.forEachPosting(field, shortId, shortId + 1, (id, frequency) =>
          this.addToPassage(0, id, frequency, field),
        );
      }
    }
    const passageSlots = this.slots[0] as number;
    let score = this.sums[0] as number;
    const exponent = this.tuning.coordination;
    if (exponent !== 0) score = score * coordinationFactor(countBits(passageSlots), exponent);
    return { score, slots: passageSlots };
  }

  /** Adds one posting to a passage's sum, written out as accumulatePostings writes it. */
  private addToPassage(offset: number, id: number, frequency: number, field: FieldPostings): void {
    const { passageWeight, k, b, d, averageLength, lengths, bit } = field.pass;
    if (passageWeight <= 0) return;
    const length = lengths[id] ?? 0;
    const saturation = k + 1;
    this.sums[offset] =
      (this.sums[offset] as number) +
      passageWeight *
        (d + (frequency * saturation) / (frequency + k * (1 - b + (b * length) / averageLength)));
    this.slots[offset] = (this.slots[offset] as number) | bit;
  }

  /** The postings of `field` with short ids in [from, to), frozen then live, by short id. */
  private forEachPosting(
    field: FieldPostings,
    from: number,
    to: number,
    visit: (id: number, frequency: number) => void,
  ): void {
    const ids = this.frozenPassages;
    let at = lowerBound(ids, field.from, field.to, from);
    for (; at < field.to; at++) {
      const id = ids[at] as number;
      if (id >= to) break;
      visit(id, this.frozenFrequencies[at] as number);
    }
    if (!field.live) return;
    for (let id = from; id < to; id++) {
      const frequency = field.live.get(id);
      if (frequency !== undefined) visit(id, frequency);
    }
  }
}

/** (distinct query terms matched)^exponent, as applyCoordination multiplies by it. */
export function coordinationFactor(matched: number, exponent: number): number {
  // x ** 1 is x: the common case skips the power.
  return exponent === 1 ? matched : matched ** exponent;
}

/** The first position in [from, to) of sorted `ids` whose id is at least `target`. */
function lowerBound(ids: Uint32Array, from: number, to: number, target: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
