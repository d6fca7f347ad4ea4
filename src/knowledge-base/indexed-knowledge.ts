import type { AnalyzedArticle, Passage, Quote } from '../analysis/types.ts';
import type { Clock } from '../clock.ts';
import type { SkippedFile } from '../knowledge/article.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { ArticleHit, PassageHit, SearchOptions } from '../search/types.ts';
import type { ArticleSeenStore } from '../store/feed-store.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** What changed when the visible articles were replaced. */
export interface KnowledgeChange {
  added: string[];
  updated: string[];
  removed: string[];
}

/**
 * The read side of a knowledge base: analyzed articles by id, their passages and quotes, and the
 * search index over them. `replaceArticles` swaps in a new set, re-indexing only what changed
 * (an item counts as changed when it is a different object), and records first-seen times.
 */
export class IndexedKnowledge implements KnowledgeBase {
  private byId = new Map<string, AnalyzedArticle>();
  private passages = new Map<string, Passage>();
  private ordered: AnalyzedArticle[] = [];
  /** Every quote, gathered on first use after a change. */
  private allQuotes: Quote[] | undefined;
  private skippedFiles: SkippedFile[] = [];
  private generation = 0;

  constructor(
    private index: SearchIndex,
    private readonly seen: ArticleSeenStore,
    private readonly clock: Clock,
  ) {
    this.adoptIndexed([]);
  }

  /** The search index, for snapshots. */
  get searchIndex(): SearchIndex {
    return this.index;
  }

  /**
   * Makes `items` the visible articles, in that order. The index (or `index`, when given: one
   * restored from a snapshot) drops what is gone and adds every item it does not hold as is.
   */
  replaceArticles(items: readonly AnalyzedArticle[], index?: SearchIndex): KnowledgeChange {
    if (index) this.index = index;
    const next = new Map(items.map((item) => [item.article.id, item]));
    for (const id of this.index.articleIds()) if (!next.has(id)) this.index.remove(id);
    for (const item of items) if (!this.index.holds(item)) this.index.add(item);
    const change: KnowledgeChange = { added: [], updated: [], removed: [] };
    for (const item of items) {
      const previous = this.byId.get(item.article.id);
      if (!previous) change.added.push(item.article.id);
      else if (previous !== item) change.updated.push(item.article.id);
    }
    for (const id of this.byId.keys()) if (!next.has(id)) change.removed.push(id);
    if (index) this.adoptIndexed(items);
    else this.adoptChanges(items, next, change);
    if (change.added.length > 0) this.seen.markSeen(change.added, this.clock.now().toISOString());
    this.generation++;
    return change;
  }

  setSkipped(skipped: readonly SkippedFile[]): void {
    this.skippedFiles = [...skipped];
  }

  articles(): AnalyzedArticle[] {
    return this.ordered;
  }

  get(articleId: string): AnalyzedArticle | undefined {
    return this.byId.get(articleId);
  }

  passage(passageId: string): Passage | undefined {
    return this.passages.get(passageId);
  }

  search(query: string, options?: SearchOptions): ArticleHit[] {
    return this.index.searchArticles(query, options);
  }

  searchPassages(query: string, options?: SearchOptions): PassageHit[] {
    return this.index.searchPassages(query, options);
  }

  quotes(): Quote[] {
    this.allQuotes ??= this.ordered.flatMap((item) => item.quotes);
    return this.allQuotes;
  }

  firstSeen(articleId: string): string | undefined {
    return this.seen.firstSeen(articleId);
  }

  skipped(): SkippedFile[] {
    return this.skippedFiles;
  }

  version(): number {
    return this.generation;
  }

  private adoptIndexed(items: readonly AnalyzedArticle[]): void {
    this.ordered = [...items];
    this.byId = new Map(items.map((item) => [item.article.id, item]));
    this.passages = new Map(
      items.flatMap((item) => item.passages.map((passage) => [passage.id, passage] as const)),
    );
    this.allQuotes = undefined;
  }

  /**
   * Applies a change to the lookups in proportion to its size: a feed item added to 100,000
   * articles must not rebuild maps of every passage.
   */
  private adoptChanges(
    items: readonly AnalyzedArticle[],
    next: Map<string, AnalyzedArticle>,
    change: KnowledgeChange,
  ): void {
    for (const id of [...change.removed, ...change.updated]) {
      for (const passage of this.byId.get(id)?.passages ?? []) this.passages.delete(passage.id);
    }
    for (const id of [...change.added, ...change.updated]) {
      for (const passage of next.get(id)?.passages ?? []) this.passages.set(passage.id, passage);
    }
    this.ordered = [...items];
    this.byId = next;
    this.allQuotes = undefined;
  }
}
