import { readFile } from 'node:fs/promises';
import type { Article, SkippedFile } from './article.ts';
import { resolveDuplicateIds } from './duplicate-ids.ts';
import type { KnowledgeLogger } from './knowledge-logger.ts';
import { type KnowledgeFile, listKnowledgeFiles } from './list-files.ts';
import { parseKnowledgeFile } from './parse-file.ts';

export { resolveDuplicateIds } from './duplicate-ids.ts';
export type { KnowledgeFile } from './list-files.ts';
export { listKnowledgeFiles } from './list-files.ts';

/** Files above this size are skipped unread: a knowledge article is never that long. */
export const MAX_KNOWLEDGE_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  logger: KnowledgeLogger;
}

/**
 * Loads every article under `dir`. Bad input never stops a load: unreadable, binary, non-UTF-8,
 * empty or oversized files, broken front matter, bad JSON lines and duplicate ids are each skipped
 * with one warning (`{ file, reason }`) and returned in `skipped`; everything else loads.
 * Articles come in sorted file order, and within a file in record order.
 */
export async function loadKnowledgeDir(
  dir: string,
  { logger }: LoadOptions,
): Promise<{ articles: Article[]; skipped: SkippedFile[] }> {
  const loaded: Article[] = [];
  const skipped: SkippedFile[] = [];
  let files: KnowledgeFile[] = [];
  try {
    files = await listKnowledgeFiles(dir);
  } catch (error) {
    skipped.push({ file: dir, reason: `cannot read the knowledge folder (${errorCode(error)})` });
  }
  for (const file of files) {
    const parsed = await loadFile(file);
    loaded.push(...parsed.articles);
    skipped.push(...parsed.skipped);
  }
  const unique = resolveDuplicateIds(loaded);
  skipped.push(...unique.skipped);
  for (const { file, reason } of skipped) logger.warn({ file, reason }, `skipped ${file}: ${reason}`);
  return { articles: unique.articles, skipped };
}

async function loadFile(file: KnowledgeFile): Promise<{ articles: Article[]; skipped: SkippedFile[] }> {
  if (file.size > MAX_KNOWLEDGE_FILE_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1);
    return skipFile(
      file,
      `file is too large (${megabytes} MB, the limit is 5 MB); split it into smaller files`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    return skipFile(file, `cannot read the file (${errorCode(error)})`);
  }
  return parseKnowledgeFile(file.rel, bytes);
}

function skipFile(file: KnowledgeFile, reason: string): { articles: Article[]; skipped: SkippedFile[] } {
  return { articles: [], skipped: [{ file: file.rel, reason }] };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
