import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import type { Article, SkippedFile } from './article.ts';
import type { ParsedFile } from './formats/format.ts';
import { recordToArticle } from './formats/record.ts';
import { type RecordSlice, splitJsonRecords, splitLines } from './formats/split-records.ts';
import type { KnowledgeFile } from './list-files.ts';
import { extensionOf } from './parse-file.ts';

/** A record (a JSON Lines line, an element of a JSON array) above this size is skipped. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

/** Reads files in chunks of this size: memory stays flat whatever the file's size. */
const CHUNK_BYTES = 1024 * 1024;

const LINE_FORMATS = new Set(['.jsonl', '.ndjson']);

/** True for files of records (JSON, JSON Lines), which load record by record at any size. */
export function isRecordFile(relPath: string): boolean {
  const extension = extensionOf(relPath);
  return extension === '.json' || LINE_FORMATS.has(extension);
}

/** The sha256 of a file's bytes, read in chunks. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * Loads a record file one record at a time, so a file of any size needs memory for one record
 * (up to {@link MAX_RECORD_BYTES}) plus the articles it yields. A record that is too large, not
 * valid JSON or not an article is skipped as `file#n` with the reason; the others load.
 * Throws when the file cannot be read.
 */
export async function streamRecordFile(file: KnowledgeFile): Promise<ParsedFile> {
  const isLines = LINE_FORMATS.has(extensionOf(file.rel));
  const chunks = createReadStream(file.path, { highWaterMark: CHUNK_BYTES });
  const slices = isLines ? splitLines(chunks, MAX_RECORD_BYTES) : splitJsonRecords(chunks, MAX_RECORD_BYTES);
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const slice of slices) {
    const result = toArticle(slice, file.rel, isLines, decoder);
    if ('article' in result) articles.push(result.article);
    else skipped.push(result);
  }
  return { articles, skipped };
}

function toArticle(
  slice: RecordSlice,
  relPath: string,
  isLines: boolean,
  decoder: TextDecoder,
): { article: Article } | SkippedFile {
  const file = `${relPath}#${slice.n}`;
  const where = isLines ? `on line ${slice.n}` : `in record ${slice.n}`;
  if ('invalid' in slice) return { file: relPath, reason: `invalid JSON (${slice.invalid})` };
  if ('tooLarge' in slice) {
    const megabytes = (slice.tooLarge / 1024 / 1024).toFixed(1);
    const limit = MAX_RECORD_BYTES / 1024 / 1024;
    return { file, reason: `record is too large (${megabytes} MB, the limit is ${limit} MB per record)` };
  }
  let record: unknown;
  try {
    // A fresh decode drops a leading byte-order mark, as reading the whole file does.
    record = JSON.parse(decoder.decode(slice.bytes));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, reason: `invalid JSON ${where} (${message})` };
  }
  const converted = recordToArticle(record, { relPath, n: slice.n });
  if (!converted.ok) return { file, reason: converted.reason };
  if (!converted.article.body)
    return { file: relPath, reason: `article "${converted.article.id}" has no text` };
  return { article: converted.article };
}
