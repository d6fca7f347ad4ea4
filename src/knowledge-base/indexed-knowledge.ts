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
  private ordered: AnalyzedArticle[] = [];
  /** Every quote, gathered on first use after a change. */
  private allQuotes: Quote[] | undefined;
  private skippedFiles: SkippedFile[] = [];

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
    else this.adoptChanges(items, next);
    if (change.added.length > 0) this.seen.markSeen(change.added, this.clock.now().toISOString());
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

  /** A passage by id (`<article id>#<index>`), read from its article's analysis. */
  passage(passageId: string): Passage | undefined {
    const cut = passageId.lastIndexOf('#');
    const item = cut < 0 ? undefined : this.byId.get(passageId.slice(0, cut));
    return item?.passages.find((passage) => passage.id === passageId);
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

  documentFrequency(term: string): number {
    return this.index.articleFrequency(term);
  }

  firstSeen(articleId: string): string | undefined {
    return this.seen.firstSeen(articleId);
  }

  skipped(): SkippedFile[] {
    return this.skippedFiles;
  }

  private adoptIndexed(items: readonly AnalyzedArticle[]): void {
    this.ordered = [...items];
    this.byId = new Map(items.map((item) => [item.article.id, item]));
    this.allQuotes = undefined;
  }

  private adoptChanges(items: readonly AnalyzedArticle[], next: Map<string, AnalyzedArticle>): void {
    this.ordered = [...items];
    this.byId = next;
    this.allQuotes = undefined;
  }
}
