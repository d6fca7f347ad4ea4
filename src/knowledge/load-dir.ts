import type { Article, SkippedFile } from './article.ts';
import { resolveDuplicateIds } from './duplicate-ids.ts';
import type { KnowledgeLogger } from './knowledge-logger.ts';
import { type KnowledgeFile, listKnowledgeFiles } from './list-files.ts';
import { parseKnowledgeFile } from './parse-file.ts';
import { readKnowledgeFile, unreadableFolder } from './read-knowledge-file.ts';

export { resolveDuplicateIds } from './duplicate-ids.ts';
export type { KnowledgeFile } from './list-files.ts';
export { listKnowledgeFiles } from './list-files.ts';

export { MAX_KNOWLEDGE_FILE_BYTES } from './read-knowledge-file.ts';

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
    skipped.push(unreadableFolder(dir, error));
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
  const read = await readKnowledgeFile(file);
  if (!read.ok) return { articles: [], skipped: [{ file: file.rel, reason: read.reason }] };
  return parseKnowledgeFile(file.rel, read.bytes);
}
