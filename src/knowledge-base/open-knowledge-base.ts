import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ANALYZER_VERSION, analyzerLoggingTo } from '../analysis/analyze.ts';
import { type AnalyzedArticle, countPassages } from '../analysis/types.ts';
import type { Clock } from '../clock.ts';
import type { Article } from '../knowledge/article.ts';
import type { IntervalTimer } from '../knowledge/feeds/feed-poller.ts';
import type { Logger } from '../logger.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { ArticleSeenStore } from '../store/feed-store.ts';
import { AnalysisCache } from './analysis-cache.ts';
import { IndexedKnowledge } from './indexed-knowledge.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { type KnowledgeBaseStats, KnowledgeSync, type RefreshResult } from './live-knowledge-base.ts';
import { createMemorySeenStore } from './memory-seen-store.ts';
import { SourceAnalyzer } from './source-analyzer.ts';
import { SourceTracker } from './source-tracker.ts';
import { removeStaleTemporaries } from './write-atomically.ts';

export type { KnowledgeBaseStats, RefreshResult } from './live-knowledge-base.ts';

/** How often `watch()` rescans the knowledge folder by default. */
export const DEFAULT_WATCH_INTERVAL_MS = 5_000;

/** The timer `watch()` uses; tests pass a fake one. */
export type WatchTimer = IntervalTimer;

export interface OpenKnowledgeBaseOptions {
  knowledgeDir: string;
  /** Cache and index snapshot go under `<dataDir>/cache/`. */
  dataDir: string;
  logger: Logger;
  clock: Clock;
  /** Where first-seen times go (default: kept in memory). */
  seen?: ArticleSeenStore;
  /** Articles from outside the folder (feed items), indexed after the files; read on every refresh. */
  extraArticles?: () => Article[];
  /** The analyzer and its version (default: `analyzeArticle`, `ANALYZER_VERSION`); tests count calls. */
  analyze?: (article: Article) => AnalyzedArticle;
  analyzerVersion?: string;
  /** Hears `(done, total)` as the first load reads each file: the CLI draws a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads that analyze a large first load (default: one per core when there are
   * several; 0: everything on this thread).
   */
  analysisThreads?: number;
  /** A first load reading at least this many bytes uses the threads (default 32 MB). */
  threadsFromBytes?: number;
}

function defaultAnalysisThreads(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/** A knowledge base that follows its folder and feeds while the bot runs. */
export interface LiveKnowledgeBase extends KnowledgeBase {
  /** Rescans now: files added, changed (by content hash) or removed, feed articles new or gone. */
  refresh(): Promise<RefreshResult>;
  /** Rescans every `intervalMs` (default 5 s) until `stop()`; failures are logged, not thrown. */
  watch(options?: { intervalMs?: number; timer?: WatchTimer }): void;
  stop(): void;
  stats(): KnowledgeBaseStats;
}

/**
 * Opens the knowledge base in `knowledgeDir`: each file is hashed (sha256) and its analysis
 * taken from `<dataDir>/cache/analysis-<ANALYZER_VERSION>/` when the content is unchanged, and
 * the search index is restored from `<dataDir>/cache/index.bin`, so an unchanged knowledge
 * base restarts without analyzing or indexing anything. Files that cannot load are reported by
 * `skipped()` and logged once.
 */
export async function openKnowledgeBase(options: OpenKnowledgeBaseOptions): Promise<LiveKnowledgeBase> {
  const { knowledgeDir, dataDir, logger, clock } = options;
  const analyzerVersion = options.analyzerVersion ?? ANALYZER_VERSION;
  const cacheDir = path.join(dataDir, 'cache');
  const knowledge = new IndexedKnowledge(
    SearchIndex.build([]),
    options.seen ?? createMemorySeenStore(),
    clock,
  );
  const analysisDir = path.join(cacheDir, `analysis-${analyzerVersion}`);
  await removeStaleTemporaries(cacheDir);
  await removeStaleTemporaries(analysisDir);
  // The snapshot of earlier versions, as JSON: never read again, and large.
  await rm(path.join(cacheDir, 'index.json'), { force: true }).catch(() => {});
  const cache = new AnalysisCache(analysisDir, logger);
  // Worker threads run the default analyzer only: an analyzer given in the options stays here.
  const threads = options.analyze ? 0 : (options.analysisThreads ?? defaultAnalysisThreads());
  const analyze = options.analyze ?? analyzerLoggingTo(logger);
  const analyzer = new SourceAnalyzer(cache, analyze, logger, threads, options.threadsFromBytes);
  const sync = new KnowledgeSync(knowledge, new SourceTracker(cache, analyzer), {
    knowledgeDir,
    snapshotFile: path.join(cacheDir, 'index.bin'),
    analyzerVersion,
    logger,
    extraArticles: options.extraArticles ?? (() => []),
    onProgress: options.onProgress,
  });
  const started = performance.now();
  await sync.open();
  const live = new LiveKnowledge(knowledge, sync, logger);
  logger.info({ ...live.stats(), ms: Math.round(performance.now() - started) }, 'knowledge base ready');
  return live;
}

class LiveKnowledge implements LiveKnowledgeBase {
  private queue: Promise<unknown> = Promise.resolve();
  private isRefreshing = false;
  private watching: { timer: WatchTimer; handle: unknown } | undefined;

  constructor(
    private readonly knowledge: IndexedKnowledge,
    private readonly sync: KnowledgeSync,
    private readonly logger: Logger,
  ) {}

  articles = () => this.knowledge.articles();
  get = (articleId: string) => this.knowledge.get(articleId);
  passage = (passageId: string) => this.knowledge.passage(passageId);
  search: KnowledgeBase['search'] = (query, options) => this.knowledge.search(query, options);
  searchPassages: KnowledgeBase['searchPassages'] = (query, options) =>
    this.knowledge.searchPassages(query, options);
  quotes = () => this.knowledge.quotes();
  documentFrequency = (term: string) => this.knowledge.documentFrequency(term);
  firstSeen = (articleId: string) => this.knowledge.firstSeen(articleId);
  skipped = () => this.knowledge.skipped();
  version = () => this.knowledge.version();

  /** Refreshes run one after another, never two at once. */
  refresh(): Promise<RefreshResult> {
    const run = this.queue.then(async () => {
      this.isRefreshing = true;
      try {
        return await this.sync.refresh();
      } finally {
        this.isRefreshing = false;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  watch({
    intervalMs = DEFAULT_WATCH_INTERVAL_MS,
    timer = systemTimer,
  }: {
    intervalMs?: number;
    timer?: WatchTimer;
  } = {}): void {
    this.stop();
    const handle = timer.setInterval(() => {
      // A slow rescan (a large file being analyzed) must not pile up behind itself.
      if (this.isRefreshing) return;
      this.refresh().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'knowledge base rescan failed; will retry');
      });
    }, intervalMs);
    this.watching = { timer, handle };
  }

  stop(): void {
    if (!this.watching) return;
    this.watching.timer.clearInterval(this.watching.handle);
    this.watching = undefined;
  }

  stats(): KnowledgeBaseStats {
    const articles = this.knowledge.articles();
    return {
      articles: articles.length,
      passages: articles.reduce((sum, item) => sum + countPassages(item), 0),
      quotes: this.knowledge.quotes().length,
      skipped: this.knowledge.skipped().length,
      reanalyzed: this.sync.lastReanalyzed,
      indexRestored: this.sync.indexRestored,
    };
  }
}

const systemTimer: WatchTimer = {
  setInterval(callback, ms) {
    const handle = setInterval(callback, ms);
    // The rescan alone must not keep the process alive.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};
