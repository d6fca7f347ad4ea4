import { type AnalyzedArticle, countPassages, type Passage } from '../analysis/types.ts';
import { articleFrequency } from './article-frequency.ts';
import { ArticleTable, type ArticleTableParts } from './article-table.ts';
import { FIELD_COUNT, type FrozenSegment } from './frozen-segment.ts';
import { LiveSegment } from './live-segment.ts';
import { countDead, markDead, mergeSegments } from './merge-segments.ts';
import { fieldsOf, type PassageFields, toPassageDocuments } from './passage-documents.ts';
import { planQuery, type QueryPlan } from './plan-query.ts';
import { QueryScorer, type ScoredArticle } from './query-scorer.ts';
import { articleLengthOf, indexVersion, SEARCH_TUNING, type SearchTuning } from './search-tuning.ts';
import { SegmentBuilder } from './segment-builder.ts';
import type { Segments } from './segments.ts';
import { checkArticleTable, checkFrozenSegment, restoreFrozenSegment } from './snapshot-segment.ts';
import { buildSnippet } from './snippet.ts';
import type { ArticleHit, PassageHit, SearchOptions } from './types.ts';

const DEFAULT_LIMIT = 10;

/** A saved index: the frozen postings as flat arrays, and the article table. */
export interface SearchIndexSnapshot {
  version: string;
  /** Sorted, as the frozen segment's dictionary holds them. */
  terms: string[];
  starts: Uint32Array;
  passages: Uint32Array;
  frequencies: Uint16Array | Uint32Array;
  table: ArticleTableParts;
}

/**
 * A BM25 index over the passages of analyzed articles: English stemming and stop words, titles
 * and sources as boosted fields, and prefix and typo matching for query words that match
 * nothing as typed. Passages rank by passage BM25; articles by BM25 over the whole article,
 * computed from the same postings, with the best passage for the snippet.
 *
 * Two segments: the frozen one (flat typed arrays, built in one go or read from a snapshot)
 * and the live one (minisearch) for articles added since. A removed article's passages stay in
 * the frozen postings, marked gone in the article table and counted per term, until the next
 * merge (`snapshot()`); scores are the same as a fresh build's all along.
 */
export class SearchIndex {
  private readonly articles = new Map<string, AnalyzedArticle>();
  private readonly scorer: QueryScorer;
  private segments: Segments;

  private constructor(
    frozen: FrozenSegment,
    private readonly table: ArticleTable,
    private readonly tuning: Readonly<SearchTuning>,
    nextShortId: number,
  ) {
    this.scorer = new QueryScorer(tuning);
    this.segments = { frozen, dead: new Map(), live: new LiveSegment(nextShortId, tuning) };
  }

  /**
   * Indexes `items` in one go. `prepared` gives an item's passage terms when they were computed
   * already (by the thread that analyzed it); the others are tokenized here.
   */
  static build(
    items: readonly AnalyzedArticle[],
    tuning: Readonly<SearchTuning> = SEARCH_TUNING,
    prepared: (item: AnalyzedArticle) => PassageFields[] | undefined = () => undefined,
  ): SearchIndex {
    const unique = [...new Map(items.map((item) => [item.article.id, item])).values()];
    const builder = new SegmentBuilder();
    const table = new ArticleTable(FIELD_COUNT);
    let next = 0;
    for (const item of unique) {
      const passages = prepared(item) ?? toPassageDocuments(item).map(fieldsOf);
      if (passages.length === 0) continue;
      const first = next;
      const lengths = passages.map((fields) => builder.addPassage(next++, fields));
      table.add(item.article.id, first, lengths, articleLengthOf(lengths, tuning));
    }
    const index = new SearchIndex(builder.build(), table, tuning, next);
    for (const item of unique) index.articles.set(item.article.id, item);
    return index;
  }

  /**
   * Restores an index from `snapshot()` output for `items`: an article of the snapshot is kept
   * when it is among `items` and `isUnchanged` says so; every other item is added, and articles
   * of the snapshot that are not kept are dropped. Throws when the snapshot was made with
   * another index version or does not hold together.
   */
  static restore(
    snapshot: SearchIndexSnapshot,
    items: readonly AnalyzedArticle[],
    isUnchanged: (item: AnalyzedArticle) => boolean = () => true,
    tuning: Readonly<SearchTuning> = SEARCH_TUNING,
  ): SearchIndex {
    if (snapshot.version !== indexVersion(tuning)) {
      throw new Error(
        `Search index snapshot has version ${snapshot.version}, expected ${indexVersion(tuning)}`,
      );
    }
    checkFrozenSegment(snapshot);
    checkArticleTable(snapshot.table);
    const table = ArticleTable.fromParts(snapshot.table);
    const nextShortId = snapshot.table.articleOf.length;
    const index = new SearchIndex(restoreFrozenSegment(snapshot), table, tuning, nextShortId);
    const wanted = new Map<string, AnalyzedArticle>();
    for (const item of items) if (!wanted.has(item.article.id)) wanted.set(item.article.id, item);
    let dropped = false;
    snapshot.table.ids.forEach((articleId, ordinal) => {
      if (articleId === '' || table.ordinalOf(articleId) !== ordinal) return;
      const item = wanted.get(articleId);
      if (!item || !isUnchanged(item)) {
        dropped = table.remove(articleId) || dropped;
        return;
      }
      if (table.passagesOf(ordinal).count !== countPassages(item)) {
        throw new Error(`Search index snapshot does not match article ${articleId}`);
      }
      index.articles.set(articleId, item);
    });
    if (dropped) index.segments.dead = countDead(index.segments.frozen, table.articleOf);
    for (const item of wanted.values()) if (!index.articles.has(item.article.id)) index.add(item);
    return index;
  }

  /** The version a snapshot must carry to be restored with `tuning`. */
  static version(tuning: Readonly<SearchTuning> = SEARCH_TUNING): string {
    return indexVersion(tuning);
  }

  /** Ids of the indexed articles. */
  articleIds(): string[] {
    return [...this.articles.keys()];
  }

  /** True when this very item (not just an article with its id) is indexed. */
  holds(item: AnalyzedArticle): boolean {
    return this.articles.get(item.article.id) === item;
  }

  /** Adds an article, replacing the indexed version of an article with the same id. */
  add(item: AnalyzedArticle): void {
    this.remove(item.article.id);
    this.scorer.forget();
    this.articles.set(item.article.id, item);
    const documents = toPassageDocuments(item);
    if (documents.length === 0) return;
    const { first, lengths } = this.segments.live.add(documents);
    this.table.add(item.article.id, first, lengths, articleLengthOf(lengths, this.tuning));
  }

  /** Removes an article and its passages; false when it was not indexed. */
  remove(articleId: string): boolean {
    const item = this.articles.get(articleId);
    if (!item) return false;
    this.scorer.forget();
    this.articles.delete(articleId);
    const ordinal = this.table.ordinalOf(articleId);
    if (ordinal === undefined) return true;
    const documents = toPassageDocuments(item);
    if (this.table.passagesOf(ordinal).first < this.segments.live.firstShortId)
      markDead(this.segments, documents);
    else this.segments.live.remove(documents);
    this.table.remove(articleId);
    return true;
  }

  /** Passages ranked for `query`, best first. */
  searchPassages(query: string, { limit = DEFAULT_LIMIT, pruning }: SearchOptions = {}): PassageHit[] {
    const plan = planQuery(query, this.segments, this.tuning);
    return this.scorer.topPassages(plan, this.segments, this.table, limit, pruning).flatMap((scored) => {
      const passage = this.passageAt(scored.shortId);
      if (!passage) return [];
      return [
        {
          passageId: passage.id,
          articleId: passage.articleId,
          score: scored.score,
          terms: plan.queryTerms.filter((_, slot) => (scored.slots & (1 << slot)) !== 0),
        },
      ];
    });
  }

  /** Articles ranked for `query`, each with a snippet of its best passage. */
  searchArticles(query: string, { limit = DEFAULT_LIMIT, pruning }: SearchOptions = {}): ArticleHit[] {
    const plan = planQuery(query, this.segments, this.tuning);
    return this.scorer.topArticles(plan, this.segments, this.table, limit, pruning).flatMap((scored) => {
      const hit = this.toArticleHit(scored, plan);
      return hit ? [hit] : [];
    });
  }

  /** Articles whose title or text holds `term` (an index term: lower case, stemmed). */
  articleFrequency(term: string): number {
    return articleFrequency(this.segments, this.table, term);
  }

  /** Articles indexed (with at least one passage). */
  get articleCount(): number {
    return this.table.articleCount;
  }

  /**
   * The index as a snapshot: the live segment is merged into the frozen one first, so the
   * snapshot is one set of flat arrays (views of the index's own: write them before the next
   * change).
   */
  snapshot(): SearchIndexSnapshot {
    this.merge();
    const { frozen } = this.segments;
    const terms: string[] = [];
    for (let ordinal = 0; ordinal < frozen.terms.size; ordinal++) terms.push(frozen.terms.termAt(ordinal));
    return {
      version: indexVersion(this.tuning),
      terms,
      starts: frozen.starts,
      passages: frozen.passages,
      frequencies: frozen.frequencies,
      table: this.table.toParts(this.segments.live.nextShortId),
    };
  }

  /** Moves the live segment and the removals into a new frozen segment. */
  private merge(): void {
    const { live, dead } = this.segments;
    if (live.size === 0 && dead.size === 0) return;
    const frozen = mergeSegments(this.segments, this.table.articleOf);
    this.scorer.forget();
    this.segments = { frozen, dead: new Map(), live: new LiveSegment(live.nextShortId, this.tuning) };
  }

  /** The passage with short id `shortId`, from its article's analysis. */
  private passageAt(shortId: number): Passage | undefined {
    const ordinal = this.table.articleOf[shortId] ?? -1;
    if (ordinal < 0) return undefined;
    const item = this.articles.get(this.table.idAt(ordinal));
    return item?.passages[shortId - this.table.passagesOf(ordinal).first];
  }

  private toArticleHit(scored: ScoredArticle, plan: QueryPlan): ArticleHit | undefined {
    const articleId = this.table.idAt(scored.article);
    const item = this.articles.get(articleId);
    const passage = scored.best ? this.passageAt(scored.best.shortId) : item?.passages[0];
    if (!item || !passage) return undefined;
    const snippet = buildSnippet(passage, plan.indexTerms, this.tuning.snippetMaxLength);
    return { articleId, title: item.article.title, score: scored.score, snippet, passageId: passage.id };
  }
}
