import type MiniSearch from 'minisearch';
import type { AnalyzedArticle, Passage } from '../analysis/types.ts';
import { ArticleTable } from './article-table.ts';
import { buildEngine } from './build-engine.ts';
import { type EngineView, viewEngine } from './engine-view.ts';
import {
  engineOptions,
  INDEXED_FIELDS,
  type PassageDocument,
  toPassageDocuments,
} from './passage-documents.ts';
import { planQuery, type QueryPlan } from './plan-query.ts';
import { decodeEngine, type EncodedEngine, encodeEngine } from './postings-codec.ts';
import { QueryScorer, type ScoredArticle } from './query-scorer.ts';
import { indexVersion, SEARCH_TUNING, type SearchTuning } from './search-tuning.ts';
import { buildSnippet } from './snippet.ts';
import type { ArticleHit, PassageHit, SearchOptions } from './types.ts';

const DEFAULT_LIMIT = 10;

/** A serialized index: the engine with its postings packed (see postings-codec.ts) and each article's passages. */
export interface SearchIndexJSON {
  version: string;
  passagesByArticle: Record<string, string[]>;
  index: EncodedEngine;
}

/**
 * A BM25 index (minisearch) over the passages of analyzed articles: English stemming and stop
 * words, titles and sources as boosted fields, and prefix and typo matching for query words
 * that match nothing as typed. Passages rank by passage BM25; articles by BM25 over the whole
 * article, computed from the same postings, with the best passage for the snippet.
 */
export class SearchIndex {
  private readonly articles = new Map<string, AnalyzedArticle>();
  private readonly passages = new Map<string, Passage>();
  private readonly table = new ArticleTable(INDEXED_FIELDS.length);
  private readonly scorer: QueryScorer;

  private constructor(
    private readonly engine: MiniSearch<PassageDocument>,
    private readonly tuning: Readonly<SearchTuning>,
  ) {
    this.scorer = new QueryScorer(tuning);
  }

  static build(
    items: readonly AnalyzedArticle[],
    tuning: Readonly<SearchTuning> = SEARCH_TUNING,
  ): SearchIndex {
    const unique = [...new Map(items.map((item) => [item.article.id, item])).values()];
    const engine = buildEngine(unique.flatMap(toPassageDocuments), engineOptions(tuning));
    const index = new SearchIndex(engine, tuning);
    for (const item of unique) index.register(item);
    return index;
  }

  /**
   * Restores an index from `toJSON()` output for `items`: articles of the snapshot that are not
   * among `items` are dropped and items the snapshot lacks are added. An item present in both
   * is taken as unchanged: leave changed articles out of `items` and `add` them afterwards.
   * Throws when the snapshot was made with another index version (see `SearchIndex.version`).
   */
  static fromJSON(
    json: SearchIndexJSON,
    items: readonly AnalyzedArticle[],
    tuning: Readonly<SearchTuning> = SEARCH_TUNING,
  ): SearchIndex {
    if (json.version !== indexVersion(tuning)) {
      throw new Error(`Search index snapshot has version ${json.version}, expected ${indexVersion(tuning)}`);
    }
    const wanted = new Map(items.map((item) => [item.article.id, item]));
    const restored = Object.entries(json.passagesByArticle).filter(([articleId]) => wanted.has(articleId));
    const kept = new Set(restored.flatMap(([, passageIds]) => passageIds));
    const engine = decodeEngine(json.index, engineOptions(tuning), (passageId) => kept.has(passageId));
    const index = new SearchIndex(engine, tuning);
    for (const [articleId, passageIds] of restored) {
      const item = wanted.get(articleId);
      if (!item) continue;
      const isWhole =
        passageIds.length === item.passages.length &&
        item.passages.every((passage, at) => passageIds[at] === passage.id && engine.has(passage.id));
      if (!isWhole) throw new Error(`Search index snapshot does not match article ${articleId}`);
      index.register(item);
    }
    for (const item of items) if (!index.articles.has(item.article.id)) index.add(item);
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
    this.engine.addAll(toPassageDocuments(item));
    this.register(item);
  }

  /** Removes an article and its passages; false when it was not indexed. */
  remove(articleId: string): boolean {
    const item = this.articles.get(articleId);
    if (!item) return false;
    // Removed term by term, as added: exact and synchronous, unlike `discard`, which leaves the
    // passage in the postings for a later asynchronous vacuum.
    this.engine.removeAll(toPassageDocuments(item).filter((document) => this.engine.has(document.id)));
    for (const passage of item.passages) this.passages.delete(passage.id);
    this.table.remove(articleId);
    this.articles.delete(articleId);
    return true;
  }

  /** Passages ranked for `query`, best first. */
  searchPassages(query: string, { limit = DEFAULT_LIMIT }: SearchOptions = {}): PassageHit[] {
    const { plan, view } = this.plan(query);
    return this.scorer.topPassages(plan, view, this.table, limit).map((passage) => ({
      passageId: view.documentIds.get(passage.shortId) ?? '',
      articleId: this.table.idAt(passage.article),
      score: passage.score,
      terms: plan.queryTerms.filter((_, slot) => (passage.slots & (1 << slot)) !== 0),
    }));
  }

  /** Articles ranked for `query`, each with a snippet of its best passage. */
  searchArticles(query: string, { limit = DEFAULT_LIMIT }: SearchOptions = {}): ArticleHit[] {
    const { plan, view } = this.plan(query);
    return this.scorer.topArticles(plan, view, this.table, limit).flatMap((scored) => {
      const hit = this.toArticleHit(scored, plan, view);
      return hit ? [hit] : [];
    });
  }

  toJSON(): SearchIndexJSON {
    const passagesByArticle: Record<string, string[]> = {};
    for (const [articleId, item] of this.articles) {
      passagesByArticle[articleId] = item.passages.map((passage) => passage.id);
    }
    return { version: indexVersion(this.tuning), passagesByArticle, index: encodeEngine(this.engine) };
  }

  private register(item: AnalyzedArticle): void {
    this.articles.set(item.article.id, item);
    for (const passage of item.passages) this.passages.set(passage.id, passage);
    const view = viewEngine(this.engine);
    const indexed = item.passages.flatMap((passage) => {
      const shortId = view.shortIds.get(passage.id);
      if (shortId === undefined) return [];
      const lengths = INDEXED_FIELDS.map((_, fieldId) => view.fieldLengths.get(shortId)?.[fieldId] ?? 0);
      return [{ shortId, lengths }];
    });
    if (indexed.length > 0) this.table.add(item.article.id, indexed, this.articleLength(indexed));
  }

  /** The article as one bag of words: passage text, then title and source once, as weighted. */
  private articleLength(passages: { lengths: number[] }[]): number {
    const [text = 0, title = 0, source = 0] = INDEXED_FIELDS.map(
      (field) => this.tuning.article.fields[field],
    );
    const first = passages[0]?.lengths ?? [];
    const textLength = passages.reduce((sum, passage) => sum + (passage.lengths[0] ?? 0), 0);
    return text * textLength + title * (first[1] ?? 0) + source * (first[2] ?? 0);
  }

  private plan(query: string): { plan: QueryPlan; view: EngineView } {
    const view = viewEngine(this.engine);
    return { plan: planQuery(query, view, this.tuning), view };
  }

  private toArticleHit(scored: ScoredArticle, plan: QueryPlan, view: EngineView): ArticleHit | undefined {
    const articleId = this.table.idAt(scored.article);
    const item = this.articles.get(articleId);
    const passageId = scored.best ? view.documentIds.get(scored.best.shortId) : item?.passages[0]?.id;
    const passage = passageId === undefined ? undefined : this.passages.get(passageId);
    if (!item || !passage) return undefined;
    const snippet = buildSnippet(passage, plan.indexTerms, this.tuning.snippetMaxLength);
    return { articleId, title: item.article.title, score: scored.score, snippet, passageId: passage.id };
  }
}
