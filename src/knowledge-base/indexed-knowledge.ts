import type { AnalyzedArticle, Passage, Quote } from '../analysis/types.ts';
import type { Clock } from '../clock.ts';
import type { SkippedFile } from '../knowledge/article.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { ArticleHit, PassageHit, SearchOptions } from '../search/types.ts';
import type { ArticleSeenStore } from '../store/feed-store.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { VisibilityChange } from './visible-articles.ts';

/** What changed when the visible articles were replaced. */
export interface KnowledgeChange {
  added: string[];
  updated: string[];
  removed: string[];
}

/**
 * The read side of a knowledge base: analyzed articles by id, their passages and quotes, and the
 * search index over them. `adopt` takes a whole set with its index; `applyChange` re-indexes only
 * what changed (an item counts as changed when it is a different object). Both record
 * first-seen times.
 */
export class IndexedKnowledge implements KnowledgeBase {
  private byId = new Map<string, AnalyzedArticle>();
  private ordered: AnalyzedArticle[] = [];
  /** Every quote, gathered on first use after a change. */
  private allQuotes: Quote[] | undefined;
  private skippedFiles: SkippedFile[] = [];
  private generation = 0;

  constructor(
    private index: SearchIndex,
    private readonly seen: ArticleSeenStore,
    private readonly clock: Clock,
  ) {}

  /** The search index, for snapshots. */
  get searchIndex(): SearchIndex {
    return this.index;
  }

  /**
   * Makes `items` the visible articles, in that order, searched through `index`, which must
   * index exactly them (built or restored for them); all of them are marked seen.
   */
  adopt(items: readonly AnalyzedArticle[], index: SearchIndex): void {
    this.index = index;
    this.ordered = [...items];
    this.byId = new Map(items.map((item) => [item.article.id, item]));
    this.allQuotes = undefined;
    this.generation++;
    if (items.length > 0) {
      this.seen.markSeen(
        items.map((item) => item.article.id),
        this.clock.now().toISOString(),
      );
    }
  }

  /**
   * Makes `items` the visible articles, in that order, given what changed since the last call:
   * the index and the lookups change by that much, whatever the size of the knowledge base.
   */
  applyChange(items: readonly AnalyzedArticle[], visibility: VisibilityChange): KnowledgeChange {
    for (const id of visibility.removed) {
      this.index.remove(id);
      this.byId.delete(id);
    }
    for (const item of [...visibility.added, ...visibility.updated]) {
      this.index.add(item);
      this.byId.set(item.article.id, item);
    }
    this.ordered = [...items];
    this.allQuotes = undefined;
    const change: KnowledgeChange = {
      added: visibility.added.map((item) => item.article.id),
      updated: visibility.updated.map((item) => item.article.id),
      removed: [...visibility.removed],
    };
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

  /** Moves on with every change of the articles or the index (see `KnowledgeBase.version`). */
  version(): number {
    return this.generation;
  }
}
