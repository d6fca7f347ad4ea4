import { accumulatePostings, type FieldPass } from './accumulate-postings.ts';
import type { ArticleTable } from './article-table.ts';
import { countBits, inverseFrequency } from './bm25.ts';
import { postingRange } from './frozen-segment.ts';
import type { IdList } from './id-list.ts';
import { INDEXED_FIELDS } from './passage-documents.ts';
import type { QueryPlan, TermMatch } from './plan-query.ts';
import { ScoreBuffers } from './score-buffers.ts';
import type { SearchTuning } from './search-tuning.ts';
import { livePassagesWith, type Segments } from './segments.ts';
import { topK } from './top-k.ts';

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

interface FieldPlan {
  fieldId: number;
  passageBoost: number;
  articleWeight: number;
  /** Title and source repeat in every passage: an article counts them once. */
  isRepeated: boolean;
}

/** Query terms beyond this many share the last coordination bit. */
const MAX_SLOT = 30;

/**
 * Scores a query plan in one pass over its postings, at two levels:
 * - passages: minisearch's BM25+ per field, times the field boost and the match weight, times
 *   (distinct query terms matched)^coordination;
 * - articles: BM25 over the article as one bag of words (its passages' terms plus weighted title
 *   and source terms, article-level document frequencies), plus a share of its best passage.
 * Builds objects only for the top results, so long queries over large knowledge bases stay
 * fast. Not reentrant: one scorer per index.
 */
export class QueryScorer {
  private readonly buffers = new ScoreBuffers();

  constructor(private readonly tuning: Readonly<SearchTuning>) {}

  /** The `limit` best passages, best first. */
  topPassages(plan: QueryPlan, segments: Segments, table: ArticleTable, limit: number): ScoredPassage[] {
    // Passages rank on their own: the articles' bags of words are not counted.
    this.accumulateAll(plan, segments, table, false);
    const { passageScore, touchedPassages } = this.buffers;
    const tieBreak = (a: number, b: number) => table.comparePassages(a, b);
    const result = topK(touchedPassages.view(), (id) => passageScore[id] ?? 0, limit, tieBreak).map((id) =>
      this.passageAt(id, table),
    );
    this.buffers.clear();
    return result;
  }

  /** The `limit` best articles, best first, each with its best passage. */
  topArticles(plan: QueryPlan, segments: Segments, table: ArticleTable, limit: number): ScoredArticle[] {
    this.accumulateAll(plan, segments, table, true);
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

  private accumulateAll(
    plan: QueryPlan,
    segments: Segments,
    table: ArticleTable,
    withArticles: boolean,
  ): void {
    const { buffers } = this;
    buffers.prepare(table.articleOf.length, table.articleLength.length);
    const fields = this.fieldPlans();
    for (const match of plan.matches) {
      const bit = 1 << Math.min(match.slot, MAX_SLOT);
      buffers.termArticles.clear();
      const matchStamp = buffers.nextStamp();
      for (const field of fields) {
        const matching = livePassagesWith(segments, match, field.fieldId);
        if (matching === 0) continue;
        const { k, b, d } = this.tuning.bm25;
        const pass: FieldPass = {
          passageWeight: match.weight * field.passageBoost * inverseFrequency(table.passageCount, matching),
          k,
          b,
          d,
          averageLength: table.averageFieldLength(field.fieldId) || 1,
          lengths: table.passageLengths[field.fieldId] ?? new Uint32Array(0),
          bit,
          articleWeight: withArticles ? field.articleWeight : 0,
          isRepeated: field.isRepeated,
          matchStamp,
          fieldStamp: buffers.nextStamp(),
        };
        this.accumulate(segments, match, field.fieldId, pass, table);
      }
      if (withArticles) this.scoreArticleTerm(match.weight, bit, table);
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

  private fieldPlans(): FieldPlan[] {
    const { boost, article } = this.tuning;
    return INDEXED_FIELDS.map((field, fieldId) => ({
      fieldId,
      passageBoost: boost[field],
      articleWeight: article.fields[field],
      isRepeated: field !== 'text',
    }));
  }

  /** Adds one term's postings in one field, frozen then live, to the passage and article sums. */
  private accumulate(
    segments: Segments,
    match: TermMatch,
    fieldId: number,
    pass: FieldPass,
    table: ArticleTable,
  ): void {
    if (match.frozen >= 0) {
      const { passages, frequencies } = segments.frozen;
      const [from, to] = postingRange(segments.frozen, match.frozen, fieldId);
      accumulatePostings(passages, frequencies, from, to, table.articleOf, this.buffers, pass);
    }
    const live = match.live?.get(fieldId);
    if (live && live.size > 0) {
      const ids = Uint32Array.from(live.keys());
      const frequencies = Uint32Array.from(live.values());
      accumulatePostings(ids, frequencies, 0, ids.length, table.articleOf, this.buffers, pass);
    }
  }

  private scoreArticleTerm(weight: number, bit: number, table: ArticleTable): void {
    const termArticles = this.buffers.termArticles.view();
    if (termArticles.length === 0) return;
    const { k, b, d } = this.tuning.article.bm25;
    const idf = inverseFrequency(table.articleCount, termArticles.length);
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
