import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { SkippedFile } from './article.ts';
import type { KnowledgeFile } from './list-files.ts';

/**
 * Files above this size are skipped unread: a knowledge article is never that long. Record files
 * (JSON, JSON Lines) over it load record by record instead (see stream-record-file.ts).
 */
export const MAX_KNOWLEDGE_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A knowledge file's bytes, or why it was not read: too large (known before reading), changing
 * while it was read (worth trying again on the next scan), or unreadable.
 */
export type ReadKnowledgeFileResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; isTooLarge: boolean; isChanging?: boolean; reason: string };

// No following a link swapped in after listing, and no waiting on a FIFO swapped in for a file.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads `file` unless it is over {@link MAX_KNOWLEDGE_FILE_BYTES}; never throws. The size is
 * checked again on the open file and the read never takes more than the limit, so a file that
 * grows after listing (or a sparse 4 GB file) costs no memory. A file whose size or modification
 * time moves while it is read is reported as changing rather than parsed half-written.
 */
export async function readKnowledgeFile(file: KnowledgeFile): Promise<ReadKnowledgeFileResult> {
  if (file.problem) return { ok: false, isTooLarge: false, reason: file.problem };
  if (file.size > MAX_KNOWLEDGE_FILE_BYTES) return tooLarge(file.size);
  let handle: FileHandle | undefined;
  try {
    handle = await open(file.path, OPEN_FLAGS);
    const before = await handle.stat();
    if (!before.isFile()) return { ok: false, isTooLarge: false, reason: 'not a regular file' };
    if (before.size > MAX_KNOWLEDGE_FILE_BYTES) return tooLarge(before.size);
    const buffer = Buffer.alloc(before.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0 || length + bytesRead === buffer.length) {
        length += bytesRead;
        break;
      }
      length += bytesRead;
    }
    const after = await handle.stat();
    if (length !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      return { ok: false, isTooLarge: false, isChanging: true, reason: CHANGING };
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, isTooLarge: false, reason: `cannot read the file (${errorCode(error)})` };
  } finally {
    await handle?.close().catch(() => {});
  }
}

const CHANGING = 'the file changed while it was being read; it is read again on the next scan';

function tooLarge(size: number): ReadKnowledgeFileResult {
  const megabytes = (size / 1024 / 1024).toFixed(1);
  const limit = MAX_KNOWLEDGE_FILE_BYTES / 1024 / 1024;
  const reason = `file is too large (${megabytes} MB, the limit is ${limit} MB); split it into smaller files`;
  return { ok: false, isTooLarge: true, reason };
}

/** The skipped entry for a knowledge folder that cannot be listed. */
export function unreadableFolder(dir: string, error: unknown): SkippedFile {
  return { file: dir, reason: `cannot read the knowledge folder (${errorCode(error)})` };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
