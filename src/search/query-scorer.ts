import type { ArticleTable } from './article-table.ts';
import type { EngineView } from './engine-view.ts';
import type { QueryPlan } from './plan-query.ts';
import type { SearchTuning } from './search-tuning.ts';

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
/** Stamps restart before they overflow an Int32Array. */
const STAMP_LIMIT = 2 ** 30;

/**
 * Scores a query plan in one pass over its postings, at two levels:
 * - passages: minisearch's BM25+ (idf·(d + tf(k+1)/(tf + k(1−b+b·len/avg))) per field, times the
 *   field boost and the match weight), times (distinct query terms matched)^coordination;
 * - articles: BM25 over the article as one bag of words (its passages' terms plus weighted title
 *   and source terms, article-level document frequencies), plus a share of the best passage.
 * Accumulates in reused typed arrays; not reentrant (one scorer per index).
 */
export class QueryScorer {
  private passageScore = new Float64Array(0);
  private passageSlots = new Int32Array(0);
  private articleScore = new Float64Array(0);
  private articleSlots = new Int32Array(0);
  private termFrequency = new Float64Array(0);
  private lastMatch = new Int32Array(0);
  private lastField = new Int32Array(0);
  private stamp = 0;

  constructor(private readonly tuning: Readonly<SearchTuning>) {}

  score(
    plan: QueryPlan,
    view: EngineView,
    table: ArticleTable,
  ): { passages: ScoredPassage[]; articles: ScoredArticle[] } {
    this.ensureCapacity(table.articleOf.length, table.articleLength.length);
    if (this.stamp > STAMP_LIMIT) this.resetStamps();
    const fields = this.fieldPlans(view);
    const touchedPassages: number[] = [];
    const touchedArticles: number[] = [];
    for (const match of plan.matches) {
      const bit = 1 << Math.min(match.slot, MAX_SLOT);
      const termArticles: number[] = [];
      this.stamp += 1;
      const matchStamp = this.stamp;
      for (const field of fields) {
        const documents = match.postings.get(field.fieldId);
        if (!documents) continue;
        this.stamp += 1;
        this.accumulate(
          documents,
          field,
          match.weight,
          bit,
          matchStamp,
          view,
          table,
          touchedPassages,
          termArticles,
        );
      }
      this.scoreArticleTerm(termArticles, match.weight, bit, table, touchedArticles);
    }
    const passages = this.collectPassages(touchedPassages, table);
    return { passages, articles: this.collectArticles(touchedArticles, passages) };
  }

  private fieldPlans(view: EngineView): FieldPlan[] {
    const { boost, article } = this.tuning;
    return (['text', 'title', 'source'] as const).flatMap((field) => {
      const fieldId = view.fieldIds[field];
      if (fieldId === undefined) return [];
      return [
        {
          fieldId,
          passageBoost: boost[field],
          articleWeight: article.fields[field],
          isRepeated: field !== 'text',
        },
      ];
    });
  }

  private accumulate(
    documents: Map<number, number>,
    field: FieldPlan,
    weight: number,
    bit: number,
    matchStamp: number,
    view: EngineView,
    table: ArticleTable,
    touchedPassages: number[],
    termArticles: number[],
  ): void {
    const { k, b, d } = this.tuning.bm25;
    const { articleOf } = table;
    // Discarded passages linger in the postings until minisearch vacuums; they must not count.
    const frequency = view.dirtCount > 0 ? countLive(documents, articleOf) : documents.size;
    const idf = Math.log(1 + (view.documentCount - frequency + 0.5) / (frequency + 0.5));
    const passageWeight = weight * field.passageBoost * idf;
    const averageLength = view.averageFieldLengths[field.fieldId] || 1;
    const lengths = table.passageLengths[field.fieldId] ?? new Float64Array(0);
    const { passageScore, passageSlots, termFrequency, lastMatch, lastField, stamp } = this;
    // forEach: iterating Map entries with for…of allocates an entry array per posting.
    documents.forEach((frequency, id) => {
      const article = articleOf[id] ?? -1;
      if (article < 0) return;
      if (passageWeight > 0) {
        const length = lengths[id] ?? 0;
        const saturation = (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength));
        if (passageSlots[id] === 0) touchedPassages.push(id);
        passageScore[id] = (passageScore[id] ?? 0) + passageWeight * (d + saturation);
        passageSlots[id] = (passageSlots[id] ?? 0) | bit;
      }
      if (field.articleWeight > 0) {
        if (lastMatch[article] !== matchStamp) {
          lastMatch[article] = matchStamp;
          termFrequency[article] = 0;
          termArticles.push(article);
        }
        if (field.isRepeated && lastField[article] === stamp) return;
        lastField[article] = stamp;
        termFrequency[article] = (termFrequency[article] ?? 0) + field.articleWeight * frequency;
      }
    });
  }

  private scoreArticleTerm(
    termArticles: number[],
    weight: number,
    bit: number,
    table: ArticleTable,
    touchedArticles: number[],
  ): void {
    if (termArticles.length === 0) return;
    const { k, b, d } = this.tuning.article.bm25;
    const count = table.articleCount;
    const idf = Math.log(1 + (count - termArticles.length + 0.5) / (termArticles.length + 0.5));
    const averageLength = table.averageArticleLength || 1;
    for (const article of termArticles) {
      const frequency = this.termFrequency[article] ?? 0;
      const length = table.articleLength[article] ?? 0;
      const saturation = (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength));
      if (this.articleSlots[article] === 0) touchedArticles.push(article);
      this.articleScore[article] = (this.articleScore[article] ?? 0) + weight * idf * (d + saturation);
      this.articleSlots[article] = (this.articleSlots[article] ?? 0) | bit;
    }
  }

  private collectPassages(touched: number[], table: ArticleTable): ScoredPassage[] {
    const results: ScoredPassage[] = [];
    for (const id of touched) {
      const slots = this.passageSlots[id] ?? 0;
      const score = (this.passageScore[id] ?? 0) * countBits(slots) ** this.tuning.coordination;
      results.push({ shortId: id, article: table.articleOf[id] ?? -1, score, slots });
      this.passageScore[id] = 0;
      this.passageSlots[id] = 0;
    }
    return results.sort((a, b) => b.score - a.score || a.shortId - b.shortId);
  }

  /** `passages` sorted best first: the first passage seen of an article is its best. */
  private collectArticles(touched: number[], passages: ScoredPassage[]): ScoredArticle[] {
    const { coordination, bestPassageWeight } = this.tuning.article;
    const best = new Map<number, ScoredPassage>();
    for (const passage of passages) if (!best.has(passage.article)) best.set(passage.article, passage);
    const articles = new Set([...touched, ...best.keys()]);
    const results: ScoredArticle[] = [];
    for (const article of articles) {
      const bestPassage = best.get(article);
      const slots = this.articleSlots[article] ?? 0;
      const own = (this.articleScore[article] ?? 0) * countBits(slots) ** coordination;
      results.push({
        article,
        score: own + bestPassageWeight * (bestPassage?.score ?? 0),
        best: bestPassage,
      });
      this.articleScore[article] = 0;
      this.articleSlots[article] = 0;
    }
    return results.sort((a, b) => b.score - a.score || a.article - b.article);
  }

  private resetStamps(): void {
    this.stamp = 0;
    this.lastMatch.fill(0);
    this.lastField.fill(0);
  }

  private ensureCapacity(passages: number, articles: number): void {
    if (this.passageScore.length < passages) {
      this.passageScore = new Float64Array(passages);
      this.passageSlots = new Int32Array(passages);
    }
    if (this.articleScore.length < articles) {
      this.articleScore = new Float64Array(articles);
      this.articleSlots = new Int32Array(articles);
      this.termFrequency = new Float64Array(articles);
      this.lastMatch = new Int32Array(articles);
      this.lastField = new Int32Array(articles);
    }
  }
}

function countLive(documents: Map<number, number>, articleOf: Int32Array): number {
  let live = 0;
  for (const id of documents.keys()) if ((articleOf[id] ?? -1) >= 0) live++;
  return live;
}

function countBits(value: number): number {
  let bits = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) bits++;
  return bits;
}
