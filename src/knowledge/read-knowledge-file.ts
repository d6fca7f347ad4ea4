import { readFile } from 'node:fs/promises';
import type { SkippedFile } from './article.ts';
import type { KnowledgeFile } from './list-files.ts';

/**
 * Files above this size are skipped unread: a knowledge article is never that long. Record files
 * (JSON, JSON Lines) over it load record by record instead (see stream-record-file.ts).
 */
export const MAX_KNOWLEDGE_FILE_BYTES = 5 * 1024 * 1024;

/** A knowledge file's bytes, or why it was not read: too large (known before reading) or unreadable. */
export type ReadKnowledgeFileResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; isTooLarge: boolean; reason: string };

/** Reads `file` unless it is over {@link MAX_KNOWLEDGE_FILE_BYTES}; never throws. */
export async function readKnowledgeFile(file: KnowledgeFile): Promise<ReadKnowledgeFileResult> {
  if (file.size > MAX_KNOWLEDGE_FILE_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1);
    const limit = MAX_KNOWLEDGE_FILE_BYTES / 1024 / 1024;
    const reason = `file is too large (${megabytes} MB, the limit is ${limit} MB); split it into smaller files`;
    return { ok: false, isTooLarge: true, reason };
  }
  try {
    return { ok: true, bytes: await readFile(file.path) };
  } catch (error) {
    return { ok: false, isTooLarge: false, reason: `cannot read the file (${errorCode(error)})` };
  }
}

/** The skipped entry for a knowledge folder that cannot be listed. */
export function unreadableFolder(dir: string, error: unknown): SkippedFile {
  return { file: dir, reason: `cannot read the knowledge folder (${errorCode(error)})` };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
