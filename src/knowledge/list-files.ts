import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extensionOf, KNOWLEDGE_EXTENSIONS } from './parse-file.ts';

/** A file under the knowledge dir that Sitrep will try to load. */
export interface KnowledgeFile {
  /** Path relative to the knowledge dir, posix separators. */
  rel: string;
  /** Absolute or caller-relative path to read. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** Files at the top of the knowledge dir that describe it rather than hold articles. */
const TOP_LEVEL_NON_ARTICLES = new Set(['readme.md', 'feeds.txt']);

/**
 * Lists the knowledge files under `dir`, recursively, sorted by `rel` (code-point order, the same
 * on every machine). Skips dotfiles and dot-folders, the top-level README.md and feeds.txt, and
 * extensions Sitrep does not read. Sub-folders that cannot be read are left out. Throws when `dir`
 * itself cannot be read.
 */
export async function listKnowledgeFiles(dir: string): Promise<KnowledgeFile[]> {
  const files: KnowledgeFile[] = [];
  await walk(dir, '', files, true);
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

async function walk(root: string, relDir: string, into: KnowledgeFile[], isTop: boolean): Promise<void> {
  const absoluteDir = path.join(root, relDir);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(absoluteDir, { withFileTypes: true });
  } catch (error) {
    if (isTop) throw error;
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      await walk(root, rel, into, false);
    } else if (isKnowledgeName(entry.name, isTop) && (entry.isFile() || entry.isSymbolicLink())) {
      const file = await describe(root, rel);
      if (file) into.push(file);
    }
  }
}

function isKnowledgeName(name: string, isTop: boolean): boolean {
  if (isTop && TOP_LEVEL_NON_ARTICLES.has(name.toLowerCase())) return false;
  return KNOWLEDGE_EXTENSIONS.includes(extensionOf(name));
}

async function describe(root: string, rel: string): Promise<KnowledgeFile | undefined> {
  const filePath = path.join(root, ...rel.split('/'));
  try {
    const info = await stat(filePath);
    return info.isFile() ? { rel, path: filePath, size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    // A dangling symlink is not a knowledge file.
    return undefined;
  }
}
