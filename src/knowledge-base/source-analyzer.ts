import type { AnalyzedArticle } from '../analysis/types.ts';
import type { Article } from '../knowledge/article.ts';
import type { ParsedFile } from '../knowledge/formats/format.ts';
import type { KnowledgeFile } from '../knowledge/list-files.ts';
import { parseKnowledgeFile } from '../knowledge/parse-file.ts';
import { streamRecordFile } from '../knowledge/stream-record-file.ts';
import type { Logger } from '../logger.ts';
import type { PassageFields } from '../search/passage-documents.ts';
import type { AnalysisCache, SourceAnalysis } from './analysis-cache.ts';
import { AnalysisPool } from './analysis-pool.ts';
import { unpackSource } from './packed-source.ts';

/** A source's content to analyze: a file's bytes, a large record file to stream, or articles given. */
export type SourceInput =
  | { kind: 'bytes'; rel: string; bytes: Buffer }
  | { kind: 'stream'; file: KnowledgeFile }
  | { kind: 'articles'; parsed: ParsedFile };

/**
 * Analyzes sources and caches their analyses: on this thread, or, while threads are started
 * (a large first load), on a pool of worker threads, one source per thread at a time. Sources
 * analyzed on a thread come back with their passages' index terms, kept in `prepared` until the
 * index is built.
 */
export class SourceAnalyzer {
  private pool: AnalysisPool | undefined;
  private readonly prepared = new Map<AnalyzedArticle, PassageFields[]>();

  constructor(
    private readonly cache: AnalysisCache,
    private readonly analyze: (article: Article) => AnalyzedArticle,
    private readonly logger: Pick<Logger, 'warn'>,
    /** Worker threads to start for a large load; 0 analyzes everything on this thread. */
    readonly threads: number,
    /**
     * A load reading at least this many bytes starts the threads. Starting them costs about a
     * second of work each (the TypeScript sources load again in each), which pays off from
     * about 20,000 articles.
     */
    readonly threadsFromBytes = 32 * 1024 * 1024,
  ) {}

  get isThreaded(): boolean {
    return this.pool !== undefined;
  }

  startThreads(): void {
    if (this.threads > 0 && !this.pool) this.pool = new AnalysisPool(this.threads);
  }

  async stopThreads(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }

  /** The index terms of `item`'s passages when a thread computed them; forgotten once taken. */
  takePrepared(item: AnalyzedArticle): PassageFields[] | undefined {
    const fields = this.prepared.get(item);
    this.prepared.delete(item);
    return fields;
  }

  forgetPrepared(): void {
    this.prepared.clear();
  }

  /** Analyzes `input` (content with `hash` of source `key`) and caches the result. */
  async analyzeSource(key: string, hash: string, input: SourceInput): Promise<SourceAnalysis> {
    if (this.pool && input.kind !== 'articles') {
      try {
        return await this.onThread(this.pool, key, hash, input);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn({ source: key, reason }, `analysis thread failed on ${key}; analyzing it here`);
      }
    }
    const parsed =
      input.kind === 'bytes'
        ? parseKnowledgeFile(input.rel, input.bytes)
        : input.kind === 'stream'
          ? await streamRecordFile(input.file)
          : input.parsed;
    const articles = parsed.articles.map((article) => this.analyze(article));
    const entry: SourceAnalysis = { source: key, hash, articles, skipped: parsed.skipped };
    await this.cache.write(entry);
    return entry;
  }

  private async onThread(
    pool: AnalysisPool,
    key: string,
    hash: string,
    input: Exclude<SourceInput, { kind: 'articles' }>,
  ): Promise<SourceAnalysis> {
    const common = { source: key, hash, cacheFile: this.cache.fileOf(key) };
    const result =
      input.kind === 'bytes'
        ? await pool.run({ ...common, kind: 'bytes', rel: input.rel, bytes: new Uint8Array(input.bytes) })
        : await pool.run({ ...common, kind: 'stream', file: input.file });
    for (const { fields, message } of result.notes) this.logger.warn(fields, message);
    if (result.cacheError) this.cache.reportWriteFailure(result.cacheError);
    const { articles, skipped, documents } = unpackSource(result.packed);
    for (const [item, fields] of documents) this.prepared.set(item, fields);
    return { source: key, hash, articles, skipped };
  }
}
