import { accumulateCandidates, accumulatePostings } from './accumulate-postings.ts';
import { ArticleBounds } from './article-bounds.ts';
import { ArticlePostingsCache } from './article-postings.ts';
import type { ArticleTable } from './article-table.ts';
import { countBits, inverseFrequency } from './bm25.ts';
import {
  type BoundsTuning,
  CandidateBounds,
  type CandidateRanges,
  MARGIN,
  type RestBounds,
  untouchedBound,
} from './candidate-bounds.ts';
import { type ExactArticle, ExactScorer } from './exact-score.ts';
import type { IdList } from './id-list.ts';
import type { QueryPlan } from './plan-query.ts';
import { type FieldPostings, type PreparedMatch, prepareMatches } from './prepared-match.ts';
import { ScoreBuffers } from './score-buffers.ts';
import type { SearchTuning } from './search-tuning.ts';
import type { Segments } from './segments.ts';
import { largestTermWeight, type TermStatistics, termStatistics } from './term-statistics.ts';
import { topK, topKByScore } from './top-k.ts';
import type { Pruning } from './types.ts';

/** A passage's score; `slots` has bit i set when distinct query term i matched it. */
export interface ScoredPassage {
  shortId: number;
  article: number;
  score: number;
  slots: number;
}

/** An article's score, with its best passage (undefined when only its title or source matched). */
export interface ScoredArticle {
  article: number;
  score: number;
  best: ScoredPassage | undefined;
}

/** Below this many postings a query is scored in full: pruning would save less than it costs. */
const PRUNE_FROM_POSTINGS = 20_000;

/** The query terms of one slot (a term as typed and its expansions), with bounds of what they add. */
interface SlotGroup {
  matches: number[];
  postings: number;
  passageBound: number;
}

/**
 * Scores a query plan at two levels:
 * - passages: minisearch's BM25+ per field, times the field boost and the match weight, times
 *   (distinct query terms matched)^coordination;
 * - articles: BM25 over the article as one bag of words (its passages' terms plus weighted title
 *   and source terms, article-level document frequencies), plus a share of its best passage.
 *
 * Long article queries are pruned, exactly: every touched article gets an upper bound from the
 * postings folded by article (`ArticleBounds`), and articles are scored one by one in the order
 * of full scoring (`ExactScorer`), best bound first, until no bound reaches the `limit`-th best
 * score. Passage queries pruned on request (`always`) use MaxScore (`pruned`): query terms read
 * rarest first until the rest could not lift an untouched passage above the `limit`-th best,
 * then for the remaining candidates only. Either way results and scores are those of full
 * scoring to the last bit.
 * Builds objects only for the top results. Not reentrant: one scorer per index.
 */
export class QueryScorer {
  private readonly buffers = new ScoreBuffers();
  private readonly bounds = new CandidateBounds();
  private readonly articleBounds: ArticleBounds;
  /** Term statistics by frozen term ordinal, until the index changes. */
  private readonly statistics = new Map<number, TermStatistics>();

  constructor(private readonly tuning: Readonly<SearchTuning>) {
    this.articleBounds = new ArticleBounds(tuning, new ArticlePostingsCache(tuning));
  }

  /** Forgets what depended on the index's contents: call after every change. */
  forget(): void {
    this.statistics.clear();
  }

  /** The `limit` best passages, best first. */
  topPassages(
    plan: QueryPlan,
    segments: Segments,
    table: ArticleTable,
    limit: number,
    pruning: Pruning = 'auto',
  ): ScoredPassage[] {
    const matches = this.prepare(plan, segments, table, false);
    if (this.shouldPrune(matches, limit, pruning, false))
      return this.prunedPassages(matches, segments, table, limit);
    // Passages rank on their own: the articles' bags of words are not counted.
    this.accumulateAll(matches, segments, table, false);
    const { passageScore, touchedPassages } = this.buffers;
    const tieBreak = (a: number, b: number) => table.comparePassages(a, b);
    const result = topKByScore(touchedPassages.view(), passageScore, limit, tieBreak).map((id) =>
      this.passageAt(id, table),
    );
    this.buffers.clear();
    return result;
  }

  /** The `limit` best articles, best first, each with its best passage. */
  topArticles(
    plan: QueryPlan,
    segments: Segments,
    table: ArticleTable,
    limit: number,
    pruning: Pruning = 'auto',
  ): ScoredArticle[] {
    const matches = this.prepare(plan, segments, table, true);
    if (this.shouldPrune(matches, limit, pruning, true))
      return this.prunedArticles(matches, segments, table, limit);
    this.accumulateAll(matches, segments, table, true);
    this.pickBestPassages(table);
    const { articleScore, bestPassage, touchedArticles } = this.buffers;
    this.addBestPassages();
    const tieBreak = (a: number, b: number) => table.compareArticles(a, b);
    const result = topKByScore(touchedArticles.view(), articleScore, limit, tieBreak).map((article) => {
      const best = bestPassage[article] ?? -1;
      return {
        article,
        score: articleScore[article] ?? 0,
        best: best >= 0 ? this.passageAt(best, table) : undefined,
      };
    });
    this.buffers.clear();
    return result;
  }

  private prepare(plan: QueryPlan, segments: Segments, table: ArticleTable, withArticles: boolean) {
    this.buffers.prepare(table.articleOf.length, table.articleLength.length);
    return prepareMatches(plan, segments, table, this.tuning, this.buffers, withArticles);
  }

  private shouldPrune(
    matches: PreparedMatch[],
    limit: number,
    pruning: Pruning,
    byArticle: boolean,
  ): boolean {
    if (pruning === 'never' || limit <= 0) return false;
    const { bm25, article, boost } = this.tuning;
    // The bounds assume BM25 saturates (k ≥ 0, 0 ≤ b ≤ 1) and no weight is negative.
    const boundsHold = [bm25, article.bm25].every(({ k, b, d }) => k >= 0 && b >= 0 && b <= 1 && d >= 0);
    const weights = [...Object.values(boost), ...Object.values(article.fields), article.bestPassageWeight];
    if (!boundsHold || weights.some((weight) => weight < 0) || matches.some((match) => match.weight < 0)) {
      return false;
    }
    if (pruning === 'always') return true;
    // Passages are not pruned unless asked: the 16th best passage sets a low threshold against
    // bounds that the coordination factor inflates, so nearly every term is read in full
    // anyway, and gathering the bounds made passage queries slower, not faster (docs/scale.md).
    if (!byArticle) return false;
    return matches.reduce((sum, match) => sum + match.postings, 0) >= PRUNE_FROM_POSTINGS;
  }

  /** Full scoring: every posting of every match, in plan order. */
  private accumulateAll(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    withArticles: boolean,
  ): void {
    const { buffers } = this;
    for (const match of matches) {
      buffers.termArticles.clear();
      for (const field of match.fields) this.accumulate(segments, field, table);
      if (withArticles) this.scoreArticleTerm(match.weight, match.bit, table, this.termIdf(table));
    }
    applyCoordination(
      buffers.touchedPassages,
      buffers.passageScore,
      buffers.passageSlots,
      this.tuning.coordination,
    );
    const own = this.tuning.article.coordination;
    applyCoordination(buffers.touchedArticles, buffers.articleScore, buffers.articleSlots, own);
  }

  private termIdf(table: ArticleTable): number {
    return inverseFrequency(table.articleCount, this.buffers.termArticles.length);
  }

  /**
   * The `limit` best articles without reading every passage posting: each touched article gets
   * an upper bound from the postings folded by article (`ArticleBounds`), and articles are
   * scored exactly (`ExactScorer`, full scoring's sums to the last bit) best bound first, until
   * the next bound falls below the `limit`-th best exact score. Every article left out has a
   * bound, so a score, below that of `limit` scored articles: the results are full scoring's.
   */
  private prunedArticles(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    limit: number,
  ): ScoredArticle[] {
    const bounds = this.articleBounds;
    bounds.compute(matches, segments, table);
    const { touched, bounds: upper } = bounds;
    const exact = this.exactScorer(matches, segments, table, bounds.idf);
    const scored = new Map<number, ExactArticle>();
    const best = new BestScores(limit);
    const ids = touched.ids;
    const score = (at: number) => {
      const article = ids[at] as number;
      const result = exact.article(article);
      scored.set(article, result);
      best.add(result.score);
    };
    // The articles of the highest bounds give a first threshold...
    const first = highestBounds(upper, touched.length, limit);
    for (const at of first) score(at);
    // ...and only the articles whose bound reaches it can still enter, best bound first.
    const candidates = boundsReaching(upper, touched.length, best.threshold);
    candidates.sort((a, b) => (upper[b] as number) - (upper[a] as number));
    for (const at of candidates) {
      if ((upper[at] as number) * (1 + MARGIN) < best.threshold) break;
      if (!scored.has(ids[at] as number)) score(at);
    }
    const tieBreak = (a: number, b: number) => table.compareArticles(a, b);
    return topK([...scored.keys()], (article) => scored.get(article)?.score ?? 0, limit, tieBreak).map(
      (article) => {
        const { score, best, bestScore, bestSlots } = scored.get(article) ?? {
          score: 0,
          best: -1,
          bestScore: 0,
          bestSlots: 0,
        };
        return {
          article,
          score,
          best: best >= 0 ? { shortId: best, article, score: bestScore, slots: bestSlots } : undefined,
        };
      },
    );
  }

  /** Scores the survivors of a pruned query one by one, in full scoring's order. */
  private exactScorer(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    idf: Float64Array,
  ): ExactScorer {
    return new ExactScorer(
      matches,
      segments.frozen.passages,
      segments.frozen.frequencies,
      table,
      this.tuning,
      idf,
    );
  }

  private prunedPassages(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    limit: number,
  ): ScoredPassage[] {
    const statistics = matches.map((match) => this.statisticsOf(match, segments, table));
    const survivors = this.pruned(matches, segments, table, limit, statistics);
    // A passage's score has no article-level term, so no inverse article frequency.
    const exact = this.exactScorer(matches, segments, table, new Float64Array(matches.length));
    const scored = new Map(survivors.map((id) => [id, exact.passage(id)]));
    const tieBreak = (a: number, b: number) => table.comparePassages(a, b);
    return topK(survivors, (id) => scored.get(id)?.score ?? 0, limit, tieBreak).map((id) => ({
      shortId: id,
      article: table.articleOf[id] ?? -1,
      score: scored.get(id)?.score ?? 0,
      slots: scored.get(id)?.slots ?? 0,
    }));
  }

  /**
   * MaxScore: the passages that may be among the `limit` best, found with as little reading as
   * the bounds allow; a superset of the best, scored by the caller. Articles are bounded from
   * their folded postings instead, which is tighter (`prunedArticles`).
   */
  private pruned(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    limit: number,
    statistics: TermStatistics[],
  ): number[] {
    const { buffers, bounds } = this;
    const tuning: BoundsTuning = { passageCoordination: this.tuning.coordination };
    const groups = this.slotGroups(matches, statistics);
    bounds.prepare(table.articleOf.length);
    const scoreMatch = (at: number, candidatesOnly: boolean, ranges: CandidateRanges | undefined) => {
      buffers.termArticles.clear();
      for (const field of (matches[at] as PreparedMatch).fields)
        this.accumulate(segments, field, table, candidatesOnly, ranges);
    };
    // Rarest first: few postings, and usually the highest bounds, so the threshold rises fast.
    let read = 0;
    let threshold = 0;
    let sinceFull = 0;
    const rest: RestBounds = { passage: 0, slots: 0 };
    for (; read < groups.length; read++) {
      for (const at of (groups[read] as SlotGroup).matches) scoreMatch(at, false, undefined);
      restOf(groups, read + 1, rest);
      if (rest.slots === 0) {
        read++;
        break;
      }
      const untouched = untouchedBound(tuning, rest) * (1 + MARGIN);
      // A full pass over the touched passages costs about as much as reading a term: between
      // two, the leaders of the last one give a threshold, and only a stop calls for a full pass.
      if (sinceFull < FULL_PASS_EVERY && read > 0) {
        sinceFull++;
        if (untouched >= bounds.leaderThreshold(buffers, tuning, limit)) continue;
      }
      threshold = bounds.collect(buffers, tuning, limit);
      sinceFull = 0;
      if (untouched < threshold) {
        read++;
        break;
      }
    }
    let ranges: CandidateRanges | undefined;
    // What nothing touched yet cannot reach the threshold: the other terms only add to the
    // candidates, which are thinned out again before each term as their bounds tighten.
    for (let next = read; next < groups.length; next++) {
      if (ranges) threshold = bounds.collect(buffers, tuning, limit, ranges);
      restOf(groups, next, rest);
      bounds.keepAbove(tuning, rest, threshold);
      ranges = this.candidateRanges();
      for (const at of (groups[next] as SlotGroup).matches) scoreMatch(at, true, ranges);
    }
    const final = bounds.collect(buffers, tuning, limit, ranges);
    const survivors: number[] = [];
    const { candidates } = bounds;
    for (let at = 0; at < candidates.length; at++) {
      const key = candidates.ids[at] as number;
      if (bounds.lowerOf(key) * (1 + MARGIN) >= final) survivors.push(key);
    }
    buffers.clear();
    return survivors;
  }

  /** The plan's matches by query term, with upper bounds of what each term adds, rarest first. */
  private slotGroups(matches: PreparedMatch[], statistics: TermStatistics[]): SlotGroup[] {
    const bySlot = new Map<number, SlotGroup>();
    matches.forEach((match, at) => {
      let group = bySlot.get(match.slot);
      if (!group) {
        group = { matches: [], postings: 0, passageBound: 0 };
        bySlot.set(match.slot, group);
      }
      group.matches.push(at);
      group.postings += match.postings;
      const counted = statistics[at] as TermStatistics;
      for (const { fieldId, pass } of match.fields) {
        const frequency = counted.largestFrequency[fieldId] as number;
        const length = counted.shortestLength[fieldId] as number;
        group.passageBound +=
          pass.passageWeight *
          largestTermWeight(frequency, length, pass.averageLength, pass.k, pass.b, pass.d);
      }
    });
    return [...bySlot.values()].sort((a, b) => a.postings - b.postings);
  }

  /** The match's statistics, remembered by frozen term until the index changes (`forget`). */
  private statisticsOf(match: PreparedMatch, segments: Segments, table: ArticleTable): TermStatistics {
    // Live postings change with every article added: those terms are counted every time.
    const cacheable = match.frozen >= 0 && match.fields.every((field) => field.live === undefined);
    const known = cacheable ? this.statistics.get(match.frozen) : undefined;
    if (known) return known;
    const { passages, frequencies } = segments.frozen;
    const counted = termStatistics(match, passages, frequencies, table);
    if (cacheable) this.statistics.set(match.frozen, counted);
    return counted;
  }

  /**
   * Adds one match's postings in one field, frozen then live, to the passage and article sums:
   * all of them, or the candidate passages' only. When the candidates are few against the
   * postings, their short id ranges (`ranges`, ascending) are looked up by galloping search
   * instead of reading every posting.
   */
  private accumulate(
    segments: Segments,
    field: FieldPostings,
    table: ArticleTable,
    candidatesOnly = false,
    ranges?: CandidateRanges,
  ): void {
    const { pass } = field;
    const { keep, kept } = this.bounds;
    const add = (ids: Uint32Array, frequencies: Uint16Array | Uint32Array, from: number, to: number) => {
      if (candidatesOnly) {
        accumulateCandidates(ids, frequencies, from, to, table.articleOf, this.buffers, pass, keep, kept);
      } else accumulatePostings(ids, frequencies, from, to, table.articleOf, this.buffers, pass);
    };
    const { passages, frequencies } = segments.frozen;
    if (ranges && field.to - field.from > GALLOP_RATIO * ranges.length) {
      let at = field.from;
      for (let range = 0; range < ranges.length && at < field.to; range++) {
        at = gallop(passages, at, field.to, ranges.starts[range] as number);
        let end = at;
        const stop = ranges.ends[range] as number;
        while (end < field.to && (passages[end] as number) < stop) end++;
        if (end > at) add(passages, frequencies, at, end);
        at = end;
      }
    } else if (field.to > field.from) add(passages, frequencies, field.from, field.to);
    if (field.live) {
      add(Uint32Array.from(field.live.keys()), Uint32Array.from(field.live.values()), 0, field.live.size);
    }
  }

  /** The candidate passages as short id ranges of one, ascending. */
  private candidateRanges(): CandidateRanges {
    const { candidates } = this.bounds;
    const sorted = candidates.ids.slice(0, candidates.length).sort();
    const starts = new Uint32Array(sorted.length);
    const ends = new Uint32Array(sorted.length);
    sorted.forEach((key, at) => {
      starts[at] = key;
      ends[at] = key + 1;
    });
    return { keys: sorted, starts, ends, length: sorted.length };
  }

  private scoreArticleTerm(weight: number, bit: number, table: ArticleTable, idf: number): void {
    const termArticles = this.buffers.termArticles.view();
    if (termArticles.length === 0) return;
    const { k, b, d } = this.tuning.article.bm25;
    const averageLength = table.averageArticleLength || 1;
    const { articleScore, articleSlots, termFrequency, touchedArticles } = this.buffers;
    const { articleLength } = table;
    const saturation = k + 1;
    for (let at = 0; at < termArticles.length; at++) {
      const article = termArticles[at] as number;
      const frequency = termFrequency[article] as number;
      const length = articleLength[article] ?? 0;
      if (articleSlots[article] === 0) touchedArticles.push(article);
      // termWeight, written out (as in accumulatePostings) for the same sums to the last bit.
      articleScore[article] =
        (articleScore[article] as number) +
        weight *
          idf *
          (d + (frequency * saturation) / (frequency + k * (1 - b + (b * length) / averageLength)));
      articleSlots[article] = (articleSlots[article] as number) | bit;
    }
  }

  /** Adds to each touched article's own score its share of its best passage: its score. */
  private addBestPassages(): void {
    const { articleScore, bestPassage, passageScore, touchedArticles } = this.buffers;
    const weight = this.tuning.article.bestPassageWeight;
    const articles = touchedArticles.ids;
    for (let at = 0; at < touchedArticles.length; at++) {
      const article = articles[at] as number;
      const best = bestPassage[article] ?? -1;
      articleScore[article] =
        (articleScore[article] ?? 0) + (best >= 0 ? weight * (passageScore[best] ?? 0) : 0);
    }
  }

  /** Each touched article's best passage; articles reached through passages only join the touched. */
  private pickBestPassages(table: ArticleTable): void {
    const { bestPassage, passageScore, articleSlots, touchedArticles, touchedPassages } = this.buffers;
    const { articleOf } = table;
    const passages = touchedPassages.ids;
    for (let at = 0; at < touchedPassages.length; at++) {
      const id = passages[at] as number;
      const article = articleOf[id] ?? -1;
      const best = bestPassage[article] ?? -1;
      if (best < 0 && (articleSlots[article] ?? 0) === 0) touchedArticles.push(article);
      // Passages come in no particular order: keep the highest score, the lower id on a tie.
      const score = passageScore[id] ?? 0;
      const bestScore = best < 0 ? Number.NEGATIVE_INFINITY : (passageScore[best] ?? 0);
      if (score > bestScore || (score === bestScore && id < best)) bestPassage[article] = id;
    }
  }

  private passageAt(id: number, table: ArticleTable): ScoredPassage {
    const { passageScore, passageSlots } = this.buffers;
    return {
      shortId: id,
      article: table.articleOf[id] ?? -1,
      score: passageScore[id] ?? 0,
      slots: passageSlots[id] ?? 0,
    };
  }
}

/** The `limit` best of the scores added so far: `threshold` is the `limit`-th (0 while fewer). */
class BestScores {
  private readonly scores: number[] = [];

  constructor(private readonly limit: number) {}

  add(score: number): void {
    const { scores, limit } = this;
    if (scores.length === limit && score <= (scores[limit - 1] as number)) return;
    let place = scores.length < limit ? scores.length : limit - 1;
    while (place > 0 && score > (scores[place - 1] as number)) place--;
    scores.splice(place, 0, score);
    if (scores.length > limit) scores.pop();
  }

  get threshold(): number {
    return this.scores.length < this.limit ? 0 : (this.scores[this.limit - 1] as number);
  }
}

/**
 * The positions in `bounds[0, length)` of the bounds that reach `threshold` (with the rounding
 * margin). A function of its own: one long loop per function keeps it optimized.
 */
function boundsReaching(bounds: Float64Array, length: number, threshold: number): number[] {
  const found: number[] = [];
  for (let at = 0; at < length; at++) {
    if ((bounds[at] as number) * (1 + MARGIN) >= threshold) found.push(at);
  }
  return found;
}

/** The positions of the `count` highest of `values[0, length)`, in no particular order. */
function highestBounds(values: Float64Array, length: number, count: number): number[] {
  const best = new BestScores(count);
  for (let at = 0; at < length; at++) best.add(values[at] as number);
  const cut = best.threshold;
  const found: number[] = [];
  for (let at = 0; at < length && found.length < count; at++) {
    if ((values[at] as number) >= cut) found.push(at);
  }
  return found;
}

/** Terms read between two full passes over the touched passages' bounds (see `pruned`). */
const FULL_PASS_EVERY = 4;

/** Postings read one by one up to this many per candidate; galloping search beyond. */
const GALLOP_RATIO = 8;

/** The first position in [from, to) of sorted `ids` holding `target` or more: doubling steps, then halving. */
function gallop(ids: Uint32Array, from: number, to: number, target: number): number {
  if (from >= to || (ids[from] as number) >= target) return from;
  let low = from;
  let step = 1;
  while (low + step < to && (ids[low + step] as number) < target) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, to);
  low += 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Sums the bounds of the groups from `from` on into `rest`. */
function restOf(groups: SlotGroup[], from: number, rest: RestBounds): void {
  rest.passage = 0;
  rest.slots = groups.length - from;
  for (let at = from; at < groups.length; at++) rest.passage += (groups[at] as SlotGroup).passageBound;
}

/** Multiplies each touched score by (distinct query terms matched)^exponent. */
function applyCoordination(touched: IdList, scores: Float64Array, slots: Int32Array, exponent: number): void {
  if (exponent === 0) return;
  const { ids, length } = touched;
  for (let at = 0; at < length; at++) {
    const id = ids[at] as number;
    const matched = countBits(slots[id] as number);
    // x ** 1 is x: the common case skips the power.
    scores[id] = (scores[id] as number) * (exponent === 1 ? matched : matched ** exponent);
  }
}
