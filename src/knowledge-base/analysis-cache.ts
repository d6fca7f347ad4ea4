import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AnalyzedArticle } from '../analysis/types.ts';
import type { SkippedFile } from '../knowledge/article.ts';
import { sha256Hex } from '../knowledge/hash.ts';
import type { Logger } from '../logger.ts';
import { type CompactAnalysis, compactAnalysis, expandAnalysis } from './compact-analysis.ts';
import { writeAtomically } from './write-atomically.ts';

/** What one source (a knowledge file or a feed article) produced, for one version of its content. */
export interface SourceAnalysis {
  /** `file:<path under the knowledge dir>` or `feed:<article id>`. */
  source: string;
  /** sha256 of the file's bytes, or of the feed article's JSON. */
  hash: string;
  articles: AnalyzedArticle[];
  skipped: SkippedFile[];
}

interface CachedSource extends Omit<SourceAnalysis, 'articles'> {
  articles: (CompactAnalysis | AnalyzedArticle)[];
}

/**
 * Analyses kept on disk, one JSON file per source, so a restart re-analyzes only the sources whose
 * content changed. `dir` should name the analyzer version: another version never reads these.
 * Disk problems are logged and otherwise ignored: the cache only ever saves time.
 */
export class AnalysisCache {
  private warned = false;

  constructor(
    private readonly dir: string,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /** The cached analysis of `source` when it was made from content with `hash`. */
  async read(source: string, hash: string): Promise<SourceAnalysis | undefined> {
    let stored: CachedSource;
    try {
      stored = JSON.parse(await readFile(this.fileOf(source), 'utf8')) as CachedSource;
    } catch {
      // Missing or unreadable: analyze again.
      return undefined;
    }
    if (stored.source !== source || stored.hash !== hash) return undefined;
    return { ...stored, articles: stored.articles.map(expandAnalysis) };
  }

  async write(entry: SourceAnalysis): Promise<void> {
    const stored: CachedSource = { ...entry, articles: entry.articles.map(compactAnalysis) };
    try {
      await writeAtomically(this.fileOf(entry.source), JSON.stringify(stored));
    } catch (error) {
      this.warnOnce(error);
    }
  }

  /** Tells of a cache file another thread could not write (once, as for this thread's own). */
  reportWriteFailure(reason: string): void {
    this.warnOnce(new Error(reason));
  }

  async delete(source: string): Promise<void> {
    await rm(this.fileOf(source), { force: true }).catch((error: unknown) => this.warnOnce(error));
  }

  /** The file that holds `source`'s analysis. */
  fileOf(source: string): string {
    return path.join(this.dir, `${sha256Hex(source).slice(0, 32)}.json`);
  }

  private warnOnce(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(
      { dir: this.dir, reason },
      `cannot write the analysis cache in ${this.dir}; restarts will re-analyze`,
    );
  }
}
