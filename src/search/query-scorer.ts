import { accumulateCandidates, accumulatePostings } from './accumulate-postings.ts';
import type { ArticleTable } from './article-table.ts';
import { countBits, inverseFrequency } from './bm25.ts';
import {
  type BoundsTuning,
  CandidateBounds,
  MARGIN,
  type RestBounds,
  untouchedBound,
} from './candidate-bounds.ts';
import { ExactScorer } from './exact-score.ts';
import type { IdList } from './id-list.ts';
import type { QueryPlan } from './plan-query.ts';
import { type FieldPostings, type PreparedMatch, prepareMatches } from './prepared-match.ts';
import { ScoreBuffers } from './score-buffers.ts';
import type { SearchTuning } from './search-tuning.ts';
import type { Segments } from './segments.ts';
import { topK } from './top-k.ts';
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
  articleBound: number;
}

/**
 * Scores a query plan at two levels:
 * - passages: minisearch's BM25+ per field, times the field boost and the match weight, times
 *   (distinct query terms matched)^coordination;
 * - articles: BM25 over the article as one bag of words (its passages' terms plus weighted title
 *   and source terms, article-level document frequencies), plus a share of its best passage.
 *
 * Long queries are pruned, exactly (MaxScore): query terms are read rarest first, and once the
 * terms left could not lift an article nothing has touched yet above the current `limit`-th
 * best, they are read for the remaining candidates only; candidates whose upper bound falls
 * below that threshold are dropped. The last few are scored again one by one in the order of
 * full scoring (`ExactScorer`), so results and scores are those of full scoring to the last bit.
 * Builds objects only for the top results. Not reentrant: one scorer per index.
 */
export class QueryScorer {
  private readonly buffers = new ScoreBuffers();
  private readonly bounds = new CandidateBounds();
  /** Article frequencies by frozen term ordinal, until the index changes. */
  private readonly articleFrequencies = new Map<number, number>();

  constructor(private readonly tuning: Readonly<SearchTuning>) {}

  /** Forgets what depended on the index's contents: call after every change. */
  forget(): void {
    this.articleFrequencies.clear();
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
    if (this.shouldPrune(matches, limit, pruning))
      return this.prunedPassages(matches, segments, table, limit);
    // Passages rank on their own: the articles' bags of words are not counted.
    this.accumulateAll(matches, segments, table, false);
    const { passageScore, touchedPassages } = this.buffers;
    const tieBreak = (a: number, b: number) => table.comparePassages(a, b);
    const result = topK(touchedPassages.view(), (id) => passageScore[id] ?? 0, limit, tieBreak).map((id) =>
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
    if (this.shouldPrune(matches, limit, pruning))
      return this.prunedArticles(matches, segments, table, limit);
    this.accumulateAll(matches, segments, table, true);
    this.pickBestPassages(table);
    const { articleScore, bestPassage, passageScore, touchedArticles } = this.buffers;
    const weight = this.tuning.article.bestPassageWeight;
    const scoreOf = (article: number) => {
      const best = bestPassage[article] ?? -1;
      return (articleScore[article] ?? 0) + (best >= 0 ? weight * (passageScore[best] ?? 0) : 0);
    };
    const tieBreak = (a: number, b: number) => table.compareArticles(a, b);
    const result = topK(touchedArticles.view(), scoreOf, limit, tieBreak).map((article) => {
      const best = bestPassage[article] ?? -1;
      return { article, score: scoreOf(article), best: best >= 0 ? this.passageAt(best, table) : undefined };
    });
    this.buffers.clear();
    return result;
  }

  private prepare(plan: QueryPlan, segments: Segments, table: ArticleTable, withArticles: boolean) {
    this.buffers.prepare(table.articleOf.length, table.articleLength.length);
    return prepareMatches(plan, segments, table, this.tuning, this.buffers, withArticles);
  }

  private shouldPrune(matches: PreparedMatch[], limit: number, pruning: Pruning): boolean {
    if (pruning === 'never' || limit <= 0) return false;
    const { bm25, article } = this.tuning;
    // The bounds assume BM25 saturates (k ≥ 0, 0 ≤ b ≤ 1) and no weight is negative.
    const boundsHold = [bm25, article.bm25].every(({ k, b, d }) => k >= 0 && b >= 0 && b <= 1 && d >= 0);
    if (!boundsHold || matches.some((match) => match.weight < 0)) return false;
    if (pruning === 'always') return true;
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

  private prunedArticles(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    limit: number,
  ): ScoredArticle[] {
    const idf = Float64Array.from(matches, (match) =>
      inverseFrequency(table.articleCount, this.articleFrequency(match, segments, table)),
    );
    const survivors = this.pruned(matches, segments, table, limit, idf, true);
    const exact = new ExactScorer(
      matches,
      segments.frozen.passages,
      segments.frozen.frequencies,
      table,
      this.tuning,
      idf,
    );
    const scored = new Map(survivors.map((article) => [article, exact.article(article)]));
    const tieBreak = (a: number, b: number) => table.compareArticles(a, b);
    return topK(survivors, (article) => scored.get(article)?.score ?? 0, limit, tieBreak).map((article) => {
      const { score, best, bestScore, bestSlots } = scored.get(article) ?? { score: 0, best: -1 };
      return {
        article,
        score,
        best:
          best >= 0 ? { shortId: best, article, score: bestScore ?? 0, slots: bestSlots ?? 0 } : undefined,
      };
    });
  }

  private prunedPassages(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    limit: number,
  ): ScoredPassage[] {
    const idf = new Float64Array(matches.length);
    const survivors = this.pruned(matches, segments, table, limit, idf, false);
    const exact = new ExactScorer(
      matches,
      segments.frozen.passages,
      segments.frozen.frequencies,
      table,
      this.tuning,
      idf,
    );
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
   * The articles (or passages) that may be among the `limit` best, found with as little
   * reading as the bounds allow; a superset of the best, scored by the caller.
   */
  private pruned(
    matches: PreparedMatch[],
    segments: Segments,
    table: ArticleTable,
    limit: number,
    idf: Float64Array,
    byArticle: boolean,
  ): number[] {
    const { buffers, bounds } = this;
    const tuning = this.boundsTuning();
    const groups = this.slotGroups(matches, idf, byArticle);
    bounds.prepare(byArticle ? table.articleLength.length : table.articleOf.length);
    const scoreMatch = (at: number, candidatesOnly: boolean) => {
      const match = matches[at] as PreparedMatch;
      buffers.termArticles.clear();
      for (const field of match.fields) this.accumulate(segments, field, table, candidatesOnly, byArticle);
      if (byArticle) this.scoreArticleTerm(match.weight, match.bit, table, idf[at] as number);
    };
    // Rarest first: few postings, and usually the highest bounds, so the threshold rises fast.
    let read = 0;
    let threshold = 0;
    const rest: RestBounds = { passage: 0, article: 0, slots: 0 };
    for (; read < groups.length; read++) {
      for (const at of (groups[read] as SlotGroup).matches) scoreMatch(at, false);
      restOf(groups, read + 1, rest);
      if (rest.slots === 0) {
        read++;
        break;
      }
      threshold = bounds.collect(buffers, table, byArticle, tuning, limit, false);
      if (untouchedBound(byArticle, tuning, rest) * (1 + MARGIN) < threshold) {
        read++;
        break;
      }
    }
    let onlyKept = false;
    if (read < groups.length) {
      // What nothing touched yet cannot reach the threshold: the other terms only add to candidates.
      bounds.keepAbove(buffers, byArticle, tuning, rest, threshold);
      for (const group of groups.slice(read)) for (const at of group.matches) scoreMatch(at, true);
      onlyKept = true;
    }
    const final = bounds.collect(buffers, table, byArticle, tuning, limit, onlyKept);
    const survivors: number[] = [];
    const { candidates } = bounds;
    for (let at = 0; at < candidates.length; at++) {
      const key = candidates.ids[at] as number;
      if (bounds.lowerOf(key) * (1 + MARGIN) >= final) survivors.push(key);
    }
    buffers.clear();
    return survivors;
  }

  private boundsTuning(): BoundsTuning {
    return {
      passageCoordination: this.tuning.coordination,
      articleCoordination: this.tuning.article.coordination,
      bestPassageWeight: this.tuning.article.bestPassageWeight,
    };
  }

  /** The plan's matches by query term, with upper bounds of what each term adds, rarest first. */
  private slotGroups(matches: PreparedMatch[], idf: Float64Array, byArticle: boolean): SlotGroup[] {
    const bySlot = new Map<number, SlotGroup>();
    const { d: articleD, k: articleK } = this.tuning.article.bm25;
    matches.forEach((match, at) => {
      let group = bySlot.get(match.slot);
      if (!group) {
        group = { matches: [], postings: 0, passageBound: 0, articleBound: 0 };
        bySlot.set(match.slot, group);
      }
      group.matches.push(at);
      group.postings += match.postings;
      // BM25+ of one term is below d + k + 1 whatever its frequency and the length.
      for (const { pass } of match.fields) group.passageBound += pass.passageWeight * (pass.d + pass.k + 1);
      if (byArticle && match.fields.some((field) => field.pass.articleWeight > 0)) {
        group.articleBound += match.weight * (idf[at] as number) * (articleD + articleK + 1);
      }
    });
    return [...bySlot.values()].sort((a, b) => a.postings - b.postings);
  }

  /** Articles whose counted fields (those with an article weight) hold the match: its document frequency. */
  private articleFrequency(match: PreparedMatch, segments: Segments, table: ArticleTable): number {
    const counted = match.fields.filter((field) => field.pass.articleWeight > 0);
    // Frozen postings change only with the index (`forget`); live ones are counted every time.
    const cacheable = match.frozen >= 0 && match.fields.every((field) => field.live === undefined);
    const known = cacheable ? this.articleFrequencies.get(match.frozen) : undefined;
    if (known !== undefined) return known;
    const { lastMatch } = this.buffers;
    const { articleOf } = table;
    const { passages } = segments.frozen;
    const stamp = this.buffers.nextStamp();
    let count = 0;
    for (const field of counted) {
      for (let at = field.from; at < field.to; at++) {
        const article = articleOf[passages[at] as number] ?? -1;
        if (article < 0 || lastMatch[article] === stamp) continue;
        lastMatch[article] = stamp;
        count++;
      }
      field.live?.forEach((_, id) => {
        const article = articleOf[id] ?? -1;
        if (article < 0 || lastMatch[article] === stamp) return;
        lastMatch[article] = stamp;
        count++;
      });
    }
    if (cacheable) this.articleFrequencies.set(match.frozen, count);
    return count;
  }

  /** Adds one match's postings in one field, frozen then live, to the passage and article sums. */
  private accumulate(
    segments: Segments,
    field: FieldPostings,
    table: ArticleTable,
    candidatesOnly = false,
    byArticle = true,
  ): void {
    const { pass } = field;
    const { keep, kept } = this.bounds;
    const add = (ids: Uint32Array, frequencies: Uint16Array | Uint32Array, from: number, to: number) => {
      if (candidatesOnly) {
        accumulateCandidates(
          ids,
          frequencies,
          from,
          to,
          table.articleOf,
          this.buffers,
          pass,
          keep,
          kept,
          byArticle,
        );
      } else accumulatePostings(ids, frequencies, from, to, table.articleOf, this.buffers, pass);
    };
    if (field.to > field.from)
      add(segments.frozen.passages, segments.frozen.frequencies, field.from, field.to);
    if (field.live) {
      add(Uint32Array.from(field.live.keys()), Uint32Array.from(field.live.values()), 0, field.live.size);
    }
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

/** Sums the bounds of the groups from `from` on into `rest`. */
function restOf(groups: SlotGroup[], from: number, rest: RestBounds): void {
  rest.passage = 0;
  rest.article = 0;
  rest.slots = groups.length - from;
  for (let at = from; at < groups.length; at++) {
    const group = groups[at] as SlotGroup;
    rest.passage += group.passageBound;
    rest.article += group.articleBound;
  }
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
