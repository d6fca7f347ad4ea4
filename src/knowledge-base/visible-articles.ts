import type { AnalyzedArticle } from '../analysis/types.ts';
import type { SkippedFile } from '../knowledge/article.ts';
import type { SourceAnalysis } from './analysis-cache.ts';

/** A source that came, changed or went: its analysis before and after (undefined: absent). */
export interface SourceChange {
  key: string;
  before: SourceAnalysis | undefined;
  after: SourceAnalysis | undefined;
}

/** Articles that became visible, were replaced by another version, or left. */
export interface VisibilityChange {
  added: AnalyzedArticle[];
  updated: AnalyzedArticle[];
  removed: string[];
}

interface Visible {
  item: AnalyzedArticle;
  source: SourceAnalysis;
}

/**
 * Which article each id stands for when several sources hold it: the first in source order
 * (knowledge files by path, then feed articles), and within a source its first article with
 * that id. The others are skipped as duplicates. Kept up to date source change by source
 * change, so a refresh that touches one file works on that file's ids, not on every article.
 */
export class VisibleArticles {
  /** For each article id, the key (or, when several, keys) of the sources holding an article with it. */
  private readonly claimants = new Map<string, string | Set<string>>();
  private readonly visible = new Map<string, Visible>();
  private readonly firstOfId = new WeakMap<AnalyzedArticle[], Map<string, AnalyzedArticle>>();
  /** Each source's visible articles and duplicates, until a change touches one of its ids. */
  private readonly listed = new WeakMap<
    SourceAnalysis,
    { items: AnalyzedArticle[]; duplicates: SkippedFile[] }
  >();
  private readonly stale = new Set<string>();

  constructor(private readonly sourceOf: (key: string) => SourceAnalysis | undefined) {}

  /** The visible article with `id` and the source it came from. */
  get(id: string): Visible | undefined {
    return this.visible.get(id);
  }

  /** Visible article ids. */
  ids(): IterableIterator<string> {
    return this.visible.keys();
  }

  apply(changes: readonly SourceChange[]): { change: VisibilityChange; affected: Set<string> } {
    const affected = new Set<string>();
    for (const { key, before, after } of changes) {
      for (const item of before?.articles ?? []) this.unclaim(item.article.id, key, affected);
      for (const item of after?.articles ?? []) this.claim(item.article.id, key, affected);
    }
    const change: VisibilityChange = { added: [], updated: [], removed: [] };
    for (const id of affected) {
      const keys = this.claimants.get(id);
      if (typeof keys === 'string') this.stale.add(keys);
      else for (const key of keys ?? []) this.stale.add(key);
      const winner = this.winner(id);
      const current = this.visible.get(id);
      if (!winner) {
        if (current) change.removed.push(id);
        this.visible.delete(id);
        continue;
      }
      if (!current) change.added.push(winner.item);
      else if (current.item !== winner.item) change.updated.push(winner.item);
      this.visible.set(id, winner);
    }
    return { change, affected };
  }

  /**
   * The visible articles in source order, and the articles skipped as duplicates, with the file
   * that owns their id. Each source's part is listed again only when a change touched its ids.
   */
  ordered(sources: readonly SourceAnalysis[]): { items: AnalyzedArticle[]; duplicates: SkippedFile[] } {
    const items: AnalyzedArticle[] = [];
    const duplicates: SkippedFile[] = [];
    for (const source of sources) {
      let part = this.listed.get(source);
      if (!part || this.stale.has(source.source)) {
        part = this.list(source);
        this.listed.set(source, part);
      }
      for (const item of part.items) items.push(item);
      for (const duplicate of part.duplicates) duplicates.push(duplicate);
    }
    this.stale.clear();
    return { items, duplicates };
  }

  private list(source: SourceAnalysis): { items: AnalyzedArticle[]; duplicates: SkippedFile[] } {
    const items: AnalyzedArticle[] = [];
    const duplicates: SkippedFile[] = [];
    for (const item of source.articles) {
      const owner = this.visible.get(item.article.id)?.item;
      if (owner === item) items.push(item);
      else {
        const reason = `duplicate id "${item.article.id}" (already used by ${owner?.article.file})`;
        duplicates.push({ file: item.article.file, reason });
      }
    }
    return { items, duplicates };
  }

  // Almost every id has one source: it is kept as a string, a set only for the others.
  private claim(id: string, key: string, affected: Set<string>): void {
    const keys = this.claimants.get(id);
    if (keys === undefined || keys === key) this.claimants.set(id, key);
    else if (typeof keys === 'string') this.claimants.set(id, new Set([keys, key]));
    else keys.add(key);
    affected.add(id);
  }

  private unclaim(id: string, key: string, affected: Set<string>): void {
    const keys = this.claimants.get(id);
    if (keys === key) this.claimants.delete(id);
    else if (typeof keys !== 'string' && keys !== undefined) {
      keys.delete(key);
      if (keys.size === 1) this.claimants.set(id, keys.values().next().value as string);
    }
    affected.add(id);
  }

  private winner(id: string): Visible | undefined {
    const keys = this.claimants.get(id);
    let best: string | undefined;
    if (typeof keys === 'string') best = keys;
    else for (const key of keys ?? []) if (best === undefined || precedes(key, best)) best = key;
    const source = best === undefined ? undefined : this.sourceOf(best);
    const item = source && this.firstWithId(source.articles, id);
    return source && item ? { item, source } : undefined;
  }

  private firstWithId(articles: AnalyzedArticle[], id: string): AnalyzedArticle | undefined {
    if (articles.length === 1) return articles[0]?.article.id === id ? articles[0] : undefined;
    let byId = this.firstOfId.get(articles);
    if (!byId) {
      byId = new Map();
      for (const item of articles) if (!byId.has(item.article.id)) byId.set(item.article.id, item);
      this.firstOfId.set(articles, byId);
    }
    return byId.get(id);
  }
}

/** Source order: knowledge files by path (code-point order, as they are listed), then feed articles. */
function precedes(a: string, b: string): boolean {
  const aIsFile = a.startsWith('file:');
  const bIsFile = b.startsWith('file:');
  if (aIsFile !== bIsFile) return aIsFile;
  return a < b;
}
