import type { AnalyzedArticle } from '../analysis/types.ts';
import type { Article, SkippedFile } from '../knowledge/article.ts';
import { sha256Hex } from '../knowledge/hash.ts';
import { type KnowledgeFile, listKnowledgeFiles } from '../knowledge/list-files.ts';
import {
  MAX_KNOWLEDGE_FILE_BYTES,
  readKnowledgeFile,
  unreadableFolder,
} from '../knowledge/read-knowledge-file.ts';
import { hashFile, isRecordFile } from '../knowledge/stream-record-file.ts';
import type { PassageFields } from '../search/passage-documents.ts';
import type { AnalysisCache, SourceAnalysis } from './analysis-cache.ts';
import type { SourceWithStat } from './article-store.ts';
import type { SourceAnalyzer, SourceInput } from './source-analyzer.ts';
import type { SourceChange } from './visible-articles.ts';

/** A source as last seen: its analysis, plus the file's size and mtime to skip re-reading it. */
interface TrackedSource extends SourceAnalysis {
  size?: number;
  mtimeMs?: number;
}

/**
 * What a sync changed: source keys added, changed (new content) and removed, articles analyzed,
 * and every source whose articles are not the same as before, with both versions.
 */
export interface SourceChanges {
  added: string[];
  changed: string[];
  removed: string[];
  analyzed: number;
  sources: SourceChange[];
}

/**
 * Tracks the sources of a knowledge base (knowledge files, then feed articles) and their
 * analyses. A sync re-reads only files whose size or mtime moved, re-analyzes only content whose
 * hash is new, and takes analyses of known content from the on-disk cache.
 */
export class SourceTracker {
  private files = new Map<string, TrackedSource>();
  private feeds = new Map<string, TrackedSource>();
  private folderProblem: SkippedFile | undefined;
  /** Analyses a snapshot holds, by source key: consulted before the cache while opening. */
  private stored: Map<string, SourceWithStat> | undefined;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly analyzer: SourceAnalyzer,
  ) {}

  /** All sources in precedence order: files by path, then feed articles as given. */
  sources(): TrackedSource[] {
    return [...this.files.values(), ...this.feeds.values()];
  }

  /**
   * Takes analyses from a snapshot's store (none: `undefined`) until told otherwise. A stored
   * file whose size and mtime are those it had when hashed is taken as unchanged without being
   * read, as a rescan does with the files it tracks.
   */
  useStored(sources: readonly SourceWithStat[] | undefined): void {
    this.stored = sources && new Map(sources.map((source) => [source.source, source]));
  }

  /** Index terms a worker thread computed for `item`'s passages, if any (see `SourceAnalyzer`). */
  takePrepared(item: AnalyzedArticle): PassageFields[] | undefined {
    return this.analyzer.takePrepared(item);
  }

  forgetPrepared(): void {
    this.analyzer.forgetPrepared();
  }

  /** The source with `key` as last synced. */
  source(key: string): TrackedSource | undefined {
    return this.files.get(key) ?? this.feeds.get(key);
  }

  /** The knowledge folder itself, when it could not be read. */
  problem(): SkippedFile | undefined {
    return this.folderProblem;
  }

  /** `onProgress(done, total)` hears about each file read, for a progress bar on large folders. */
  async syncFiles(dir: string, onProgress?: (done: number, total: number) => void): Promise<SourceChanges> {
    let listed: KnowledgeFile[];
    try {
      listed = await listKnowledgeFiles(dir);
      this.folderProblem = undefined;
    } catch (error) {
      this.folderProblem = unreadableFolder(dir, error);
      listed = [];
    }
    const next = new Map<string, TrackedSource>();
    const changes = emptyChanges();
    const loaded = await this.loadChanged(listed, changes, onProgress);
    for (const [index, file] of listed.entries()) {
      const key = `file:${file.rel}`;
      const source = loaded[index] as TrackedSource;
      next.set(key, source);
      const known = this.files.get(key);
      if (!known) changes.added.push(key);
      else if (known.hash !== source.hash) changes.changed.push(key);
      if (known?.articles !== source.articles) changes.sources.push({ key, before: known, after: source });
    }
    for (const [key, known] of this.files) {
      if (next.has(key)) continue;
      changes.removed.push(key);
      changes.sources.push({ key, before: known, after: undefined });
    }
    for (const key of changes.removed) await this.cache.delete(key);
    this.files = next;
    return changes;
  }

  async syncFeeds(articles: readonly Article[]): Promise<SourceChanges> {
    const next = new Map<string, TrackedSource>();
    const changes = emptyChanges();
    for (const article of articles) {
      const key = `feed:${article.id}`;
      if (next.has(key)) continue;
      const hash = sha256Hex(JSON.stringify(article));
      const previous = this.feeds.get(key);
      const input: SourceInput = { kind: 'articles', parsed: { articles: [article], skipped: [] } };
      const source = previous?.hash === hash ? previous : await this.analyzed(key, hash, changes, input);
      next.set(key, source);
      if (!previous) changes.added.push(key);
      else if (previous.hash !== hash) changes.changed.push(key);
      if (previous?.articles !== source.articles)
        changes.sources.push({ key, before: previous, after: source });
    }
    for (const [key, known] of this.feeds) {
      if (next.has(key)) continue;
      changes.removed.push(key);
      changes.sources.push({ key, before: known, after: undefined });
    }
    for (const key of changes.removed) await this.cache.delete(key);
    this.feeds = next;
    return changes;
  }

  /**
   * Each listed file's source: as tracked when its size and mtime did not move, else loaded. A
   * large load (a first start) is analyzed on worker threads, several files at a time.
   */
  private async loadChanged(
    listed: KnowledgeFile[],
    changes: SourceChanges,
    onProgress?: (done: number, total: number) => void,
  ): Promise<(TrackedSource | undefined)[]> {
    const sources: (TrackedSource | undefined)[] = listed.map((file) => {
      const key = `file:${file.rel}`;
      const previous = this.files.get(key) ?? this.unchangedStored(key, file);
      const isUntouched = previous?.size === file.size && previous.mtimeMs === file.mtimeMs;
      return isUntouched ? previous : undefined;
    });
    const pending = listed.flatMap((_file, index) => (sources[index] ? [] : [index]));
    const bytes = pending.reduce((sum, index) => sum + (listed[index]?.size ?? 0), 0);
    if (bytes >= this.analyzer.threadsFromBytes) this.analyzer.startThreads();
    const lanes = this.analyzer.isThreaded ? this.analyzer.threads * 2 : 1;
    let done = listed.length - pending.length;
    let next = 0;
    const lane = async () => {
      while (next < pending.length) {
        const index = pending[next++] as number;
        onProgress?.(done, listed.length);
        const file = listed[index] as KnowledgeFile;
        sources[index] = await this.loadFile(`file:${file.rel}`, file, changes);
        done += 1;
      }
    };
    try {
      await Promise.all(Array.from({ length: lanes }, lane));
    } finally {
      await this.analyzer.stopThreads();
    }
    onProgress?.(listed.length, listed.length);
    return sources;
  }

  private unchangedStored(key: string, file: KnowledgeFile): TrackedSource | undefined {
    const stored = this.stored?.get(key);
    const isUnchanged = stored?.size === file.size && stored?.mtimeMs === file.mtimeMs;
    return isUnchanged ? stored : undefined;
  }

  private async loadFile(key: string, file: KnowledgeFile, changes: SourceChanges): Promise<TrackedSource> {
    const stat = { size: file.size, mtimeMs: file.mtimeMs };
    // Record files over the file limit load record by record; smaller ones are read whole.
    if (isRecordFile(file.rel) && file.size > MAX_KNOWLEDGE_FILE_BYTES) {
      return this.loadLargeRecordFile(key, file, changes);
    }
    const read = await readKnowledgeFile(file);
    if (!read.ok) {
      const skipped = [{ file: file.rel, reason: read.reason }];
      // A file caught mid-write keeps the articles already indexed from it until it reads whole.
      const previous = this.files.get(key);
      if (read.isChanging && previous) return { ...previous, skipped, size: undefined, mtimeMs: undefined };
      // An unreadable file records no size or mtime: the next rescan tries again.
      if (!read.isTooLarge) return { source: key, hash: 'unreadable', articles: [], skipped };
      return { source: key, hash: `size:${file.size}`, articles: [], skipped, ...stat };
    }
    const { bytes } = read;
    const hash = sha256Hex(bytes);
    const previous = this.files.get(key);
    if (previous?.hash === hash) return { ...previous, ...stat };
    const analysis = await this.analyzed(key, hash, changes, { kind: 'bytes', rel: file.rel, bytes });
    return { ...analysis, ...stat };
  }

  /** A record file too large to read at once: hashed, then parsed, as streams. */
  private async loadLargeRecordFile(
    key: string,
    file: KnowledgeFile,
    changes: SourceChanges,
  ): Promise<TrackedSource> {
    const stat = { size: file.size, mtimeMs: file.mtimeMs };
    try {
      const hash = await hashFile(file.path);
      const previous = this.files.get(key);
      if (previous?.hash === hash) return { ...previous, ...stat };
      const analysis = await this.analyzed(key, hash, changes, { kind: 'stream', file });
      return { ...analysis, ...stat };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'read error';
      // No size or mtime: the next rescan tries again.
      const skipped = [{ file: file.rel, reason: `cannot read the file (${code})` }];
      return { source: key, hash: 'unreadable', articles: [], skipped };
    }
  }

  /** The analysis of a source's content: from the cache, else analyzed now and cached. */
  private async analyzed(
    key: string,
    hash: string,
    changes: SourceChanges,
    input: SourceInput,
  ): Promise<SourceAnalysis> {
    const stored = this.stored?.get(key);
    if (stored?.hash === hash) return stored;
    const cached = await this.cache.read(key, hash);
    if (cached) return cached;
    const entry = await this.analyzer.analyzeSource(key, hash, input);
    changes.analyzed += entry.articles.length;
    return entry;
  }
}

function emptyChanges(): SourceChanges {
  return { added: [], changed: [], removed: [], analyzed: 0, sources: [] };
}
