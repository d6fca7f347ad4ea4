import type { AnalyzedArticle } from '../analysis/types.ts';
import type { Article, SkippedFile } from '../knowledge/article.ts';
import type { Logger } from '../logger.ts';
import { SearchIndex } from '../search/search-index.ts';
import { type IndexSnapshot, readIndexSnapshot, writeIndexSnapshot } from './index-snapshot.ts';
import type { IndexedKnowledge } from './indexed-knowledge.ts';
import { SnapshotDrift } from './snapshot-drift.ts';
import type { SourceChanges, SourceTracker } from './source-tracker.ts';
import { VisibleArticles } from './visible-articles.ts';

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
  /** Why the knowledge folder could not be read at the last sync, if it could not. */
  private lastProblem: string | undefined;
  private readonly visible: VisibleArticles;
  private readonly drift: SnapshotDrift;
  private reportedSkips = new Set<string>();
  lastReanalyzed = 0;
  indexRestored = false;

  constructor(
    private readonly knowledge: IndexedKnowledge,
    private readonly sources: SourceTracker,
    private readonly settings: LiveKnowledgeSettings,
  ) {
    this.visible = new VisibleArticles((key) => sources.source(key));
    this.drift = new SnapshotDrift((articleId) => this.visible.get(articleId)?.source.hash);
  }

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
    this.visible.apply(changes.sources);
    const { items, skipped } = this.listVisible();
    const restored = snapshot && this.restoreIndex(snapshot, items);
    this.indexRestored = restored !== undefined;
    const prepared = (item: AnalyzedArticle) => this.sources.takePrepared(item);
    this.knowledge.adopt(items, restored ?? SearchIndex.build(items, undefined, prepared));
    this.sources.forgetPrepared();
    this.knowledge.setSkipped(skipped);
    this.reportSkips(skipped);
    this.drift.reset(restored && snapshot ? snapshot.articleSources : undefined, this.visible.ids());
    if (this.drift.isBehind(items.length)) await this.saveSnapshot();
    this.lastReanalyzed = changes.analyzed;
  }

  /** The snapshot's index, keeping the articles whose source content is unchanged; undefined if unusable. */
  private restoreIndex(snapshot: IndexSnapshot, items: AnalyzedArticle[]): SearchIndex | undefined {
    const isUnchanged = (item: AnalyzedArticle) =>
      snapshot.articleSources.get(item.article.id) === this.visible.get(item.article.id)?.source.hash;
    try {
      return SearchIndex.restore(snapshot.index, items, isUnchanged);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.settings.logger.warn(
        { file: this.settings.snapshotFile, reason },
        'search index snapshot unusable; rebuilding',
      );
      return undefined;
    }
  }

  /**
   * Applies files added, changed or removed and feed articles that came or went since the last
   * sync. Works on the ids of the sources that changed, plus one pass over the article list:
   * adding a feed item to 100,000 articles costs about that item, not a rebuild of every lookup.
   */
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
    const { change: visibility, affected } = this.visible.apply(changes.sources);
    const { items, skipped } = this.listVisible();
    this.knowledge.setSkipped(skipped);
    this.reportSkips(skipped);
    if (!hasChanges) return result;
    const change = this.knowledge.applyChange(items, visibility);
    for (const id of affected) this.drift.update(id);
    this.settings.logger.info({ ...result, articles: items.length, ...change }, 'knowledge base updated');
    if (this.drift.isBehind(items.length)) await this.saveSnapshot();
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
      sources: [...files.sources, ...feeds.sources],
    };
  }

  /** Articles in source order, first of each id kept; every skipped file with its reason. */
  private listVisible(): { items: AnalyzedArticle[]; skipped: SkippedFile[] } {
    const sources = this.sources.sources();
    const { items, duplicates } = this.visible.ordered(sources);
    const problem = this.sources.problem();
    const skipped = [
      ...(problem ? [problem] : []),
      ...sources.flatMap((source) => source.skipped),
      ...duplicates,
    ];
    return { items, skipped };
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

  private async saveSnapshot(): Promise<void> {
    try {
      const articleSources = new Map<string, string>();
      for (const id of this.visible.ids()) articleSources.set(id, this.visible.get(id)?.source.hash ?? '');
      await writeIndexSnapshot(this.settings.snapshotFile, {
        analyzerVersion: this.settings.analyzerVersion,
        articleSources,
        index: this.knowledge.searchIndex.snapshot(),
        sources: this.sources.sources(),
      });
      this.drift.reset(articleSources, []);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.settings.logger.warn(
        { file: this.settings.snapshotFile, reason },
        'cannot save the search index snapshot',
      );
    }
  }
}
