import { analyzerLoggingTo } from '../analysis/analyze.ts';
import type { KnowledgeFile } from '../knowledge/list-files.ts';
import { parseKnowledgeFile } from '../knowledge/parse-file.ts';
import { streamRecordFile } from '../knowledge/stream-record-file.ts';
import { compactAnalysis } from './compact-analysis.ts';
import { type PackedSource, packSource } from './packed-source.ts';
import { writeAtomically } from './write-atomically.ts';

/** A source to analyze on another thread: its bytes, or (a large record file) its path to stream. */
export type AnalysisJob = { source: string; hash: string; cacheFile: string } & (
  | { kind: 'bytes'; rel: string; bytes: Uint8Array }
  | { kind: 'stream'; file: KnowledgeFile }
);

export interface AnalysisResult {
  packed: PackedSource;
  analyzed: number;
  /** What the analyzer would have logged (bodies cut at the length limit). */
  notes: { fields: Record<string, unknown>; message: string }[];
  /** Why the analysis cache file could not be written, if it could not. */
  cacheError?: string;
}

/**
 * Parses and analyzes one source with the default analyzer, writes its analysis cache file (as
 * `AnalysisCache.write` would) and packs the result for the thread that asked.
 */
export async function runAnalysisJob(job: AnalysisJob): Promise<AnalysisResult> {
  const parsed =
    job.kind === 'bytes'
      ? parseKnowledgeFile(job.rel, Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.length))
      : await streamRecordFile(job.file);
  const notes: AnalysisResult['notes'] = [];
  const analyze = analyzerLoggingTo({ warn: (fields, message) => notes.push({ fields, message }) });
  const articles = parsed.articles.map(analyze);
  const entry = { source: job.source, hash: job.hash, articles, skipped: parsed.skipped };
  let cacheError: string | undefined;
  try {
    await writeAtomically(
      job.cacheFile,
      JSON.stringify({ ...entry, articles: articles.map(compactAnalysis) }),
    );
  } catch (error) {
    cacheError = error instanceof Error ? error.message : String(error);
  }
  return { packed: packSource(entry, articles), analyzed: articles.length, notes, cacheError };
}
