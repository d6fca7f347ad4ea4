import type { AnalyzedArticle } from '../analysis/types.ts';
import type { Article, SkippedFile } from '../knowledge/article.ts';
import { resolveDuplicateIds } from '../knowledge/duplicate-ids.ts';
import type { Logger } from '../logger.ts';
import { SearchIndex } from '../search/search-index.ts';
import { type IndexSnapshot, readIndexSnapshot, writeIndexSnapshot } from './index-snapshot.ts';
import type { IndexedKnowledge } from './indexed-knowledge.ts';
import type { SourceChanges, SourceTracker } from './source-tracker.ts';

/** Below this many articles, the snapshot is saved after every change: it is small. */
const SMALL_KNOWLEDGE_BASE = 2_000;
/** Above it, once this share of the articles differ from the snapshot. */
const SNAPSHOT_DRIFT_SHARE = 0.01;

/** Counts for `sitrep index --stats` and the logs. */
export interface KnowledgeBaseStats {
  articles: number;
  passages: number;
  quotes: number;
  skipped: number;
  /** Articles analyzed by the last open or refresh rather than taken from the cache. */
  reanalyzed: number;
  /** True when opening restored the search index from its snapshot instead of building it. */
  indexRestored: boolean;
}

/** What a refresh found: source keys (`file:<path>`, `feed:<id>`) added, changed and removed. */
export interface RefreshResult {
  added: string[];
  changed: string[];
  removed: string[];
  reanalyzed: number;
}

export interface LiveKnowledgeSettings {
  knowledgeDir: string;
  snapshotFile: string;
  analyzerVersion: string;
  logger: Logger;
  extraArticles: () => Article[];
  /** Hears about each file the first load reads. */
  onProgress?: (done: number, total: number) => void;
}

/** Keeps an `IndexedKnowledge` in step with the knowledge folder and the feed articles. */
export class KnowledgeSync {
  private articleSources = new Map<string, string>();
  /** Why the knowledge folder could not be read at the last sync, if it could not. */
  private lastProblem: string | undefined;
  /** The article sources of the snapshot on disk; undefined when there is none usable. */
  private savedSources: Record<string, string> | undefined;
  private reportedSkips = new Set<string>();
  lastReanalyzed = 0;
  indexRestored = false;

  constructor(
    private readonly knowledge: IndexedKnowledge,
    private readonly sources: SourceTracker,
    private readonly settings: LiveKnowledgeSettings,
  ) {}

  /**
   * First load: analyses from the snapshot's article store, else from the cache, and the index
   * from the snapshot, when there is one; what changed since is analyzed and indexed now.
   */
  async open(): Promise<void> {
    const snapshot = await readIndexSnapshot(
      this.settings.snapshotFile,
      { analyzerVersion: this.settings.analyzerVersion, indexVersion: SearchIndex.version() },
      this.settings.logger,
    );
    this.sources.useStored(snapshot?.sources);
    const changes = await this.syncSources(this.settings.onProgress);
    this.sources.useStored(undefined);
    this.lastProblem = this.sources.problem()?.reason;
    const { items, skipped } = this.visibleArticles();
    const restored = snapshot && this.restoreIndex(snapshot, items);
    this.indexRestored = restored !== undefined;
    this.knowledge.replaceArticles(items, restored ?? SearchIndex.build(items));
    this.knowledge.setSkipped(skipped);
    this.reportSkips(skipped);
    this.savedSources = restored && snapshot ? snapshot.articleSources : undefined;
    if (this.snapshotIsBehind()) await this.saveSnapshot();
    this.lastReanalyzed = changes.analyzed;
  }

  /** The snapshot's index, keeping the articles whose source content is unchanged; undefined if unusable. */
  private restoreIndex(snapshot: IndexSnapshot, items: AnalyzedArticle[]): SearchIndex | undefined {
    const unchanged = items.filter(
      (item) => snapshot.articleSources[item.article.id] === this.articleSources.get(item.article.id),
    );
    try {
      return SearchIndex.restore(snapshot.index, unchanged);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.settings.logger.warn(
        { file: this.settings.snapshotFile, reason },
        'search index snapshot unusable; rebuilding',
      );
      return undefined;
    }
  }

  /** Applies files added, changed or removed and feed articles that came or went since the last sync. */
  async refresh(): Promise<RefreshResult> {
    const changes = await this.syncSources();
    this.lastReanalyzed = changes.analyzed;
    const result = {
      added: changes.added,
      changed: changes.changed,
      removed: changes.removed,
      reanalyzed: changes.analyzed,
    };
    const hasChanges = changes.added.length + changes.changed.length + changes.removed.length > 0;
    const problem = this.sources.problem()?.reason;
    // An idle rescan (every 5 s) must not walk every article of a large knowledge base.
    if (!hasChanges && problem === this.lastProblem) return result;
    this.lastProblem = problem;
    const { items, skipped } = this.visibleArticles();
    this.knowledge.setSkipped(skipped);
    this.reportSkips(skipped);
    if (!hasChanges) return result;
    const change = this.knowledge.replaceArticles(items);
    this.settings.logger.info({ ...result, articles: items.length, ...change }, 'knowledge base updated');
    if (this.snapshotIsBehind()) await this.saveSnapshot();
    return result;
  }

  private async syncSources(onProgress?: (done: number, total: number) => void): Promise<SourceChanges> {
    const files = await this.sources.syncFiles(this.settings.knowledgeDir, onProgress);
    const feeds = await this.sources.syncFeeds(this.settings.extraArticles());
    return {
      added: [...files.added, ...feeds.added],
      changed: [...files.changed, ...feeds.changed],
      removed: [...files.removed, ...feeds.removed],
      analyzed: files.analyzed + feeds.analyzed,
    };
  }

  /** Articles in source order, first of each id kept; every skipped file with its reason. */
  private visibleArticles(): { items: AnalyzedArticle[]; skipped: SkippedFile[] } {
    const sources = this.sources.sources();
    const all = sources.flatMap((source) => source.articles.map((item) => ({ item, source })));
    const unique = resolveDuplicateIds(all.map(({ item }) => item.article));
    const kept = new Set<Article>(unique.articles);
    const visible = all.filter(({ item }) => kept.has(item.article));
    this.articleSources = new Map(visible.map(({ item, source }) => [item.article.id, source.hash]));
    const problem = this.sources.problem();
    const skipped = [
      ...(problem ? [problem] : []),
      ...sources.flatMap((source) => source.skipped),
      ...unique.skipped,
    ];
    return { items: visible.map(({ item }) => item), skipped };
  }

  /** Logs each skipped file once, not on every rescan. */
  private reportSkips(skipped: SkippedFile[]): void {
    const current = new Set(skipped.map(({ file, reason }) => `${file}\n${reason}`));
    for (const { file, reason } of skipped) {
      if (!this.reportedSkips.has(`${file}\n${reason}`))
        this.settings.logger.warn({ file, reason }, `skipped ${file}: ${reason}`);
    }
    this.reportedSkips = current;
  }

  /**
   * True when the snapshot on disk is missing or too far behind the index to be worth restoring
   * from. A snapshot a few articles behind still is: opening re-adds what changed since it was
   * saved, from the analysis cache. So a large knowledge base is not rewritten whole for every
   * feed item or edited file (at 100,000 articles that is a few hundred megabytes each time).
   */
  private snapshotIsBehind(): boolean {
    const saved = this.savedSources;
    if (!saved) return true;
    let drift = 0;
    for (const [id, hash] of this.articleSources) if (saved[id] !== hash) drift++;
    for (const id of Object.keys(saved)) if (!this.articleSources.has(id)) drift++;
    if (drift === 0) return false;
    const size = this.articleSources.size;
    return size < SMALL_KNOWLEDGE_BASE || drift >= size * SNAPSHOT_DRIFT_SHARE;
  }

  private async saveSnapshot(): Promise<void> {
    try {
      const articleSources = Object.fromEntries(this.articleSources);
      await writeIndexSnapshot(this.settings.snapshotFile, {
        analyzerVersion: this.settings.analyzerVersion,
        articleSources,
        index: this.knowledge.searchIndex.snapshot(),
        sources: this.sources.sources(),
      });
      this.savedSources = articleSources;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.settings.logger.warn(
        { file: this.settings.snapshotFile, reason },
        'cannot save the search index snapshot',
      );
    }
  }
}
