import { lstat, readdir, realpath, stat } from 'node:fs/promises';
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
  /** Why the file must not be read (a symbolic link out of the knowledge dir, a link loop). */
  problem?: string;
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
  const links = new Set<string>();
  await walk(dir, '', files, true, links);
  // Only symbolic links need resolving: plain files found by walking real folders are inside.
  const realRoot = links.size > 0 ? await realpath(dir) : '';
  const checked = await Promise.all(
    files.map((file) => (links.has(file.rel) ? confineLink(realRoot, file) : file)),
  );
  return checked.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/**
 * A symbolic link is read only when it ends at a file inside the knowledge dir; it is then read
 * through its resolved path, so what was checked is what is read. A link out of the folder
 * (`passwd.txt -> /etc/passwd`) would let anyone who can add a file show any file Sitrep can
 * read; it comes back with a `problem` instead, as does a link loop. Links to folders are not
 * followed at all (see `walk`).
 */
async function confineLink(realRoot: string, file: KnowledgeFile): Promise<KnowledgeFile> {
  let info: import('node:fs').Stats;
  try {
    info = await lstat(file.path);
  } catch {
    return file;
  }
  if (!info.isSymbolicLink()) return file;
  let target: string;
  try {
    target = await realpath(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ELOOP' ? 'symbolic link loop' : `broken symbolic link (${code ?? 'unknown'})`;
    return { ...file, problem };
  }
  const inside = target.startsWith(realRoot + path.sep);
  if (!inside) return { ...file, problem: 'symbolic link to a file outside the knowledge folder; not read' };
  return { ...file, path: target };
}

async function walk(
  root: string,
  relDir: string,
  into: KnowledgeFile[],
  isTop: boolean,
  links: Set<string>,
): Promise<void> {
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
      await walk(root, rel, into, false, links);
    } else if (isKnowledgeName(entry.name, isTop) && (entry.isFile() || entry.isSymbolicLink())) {
      if (entry.isSymbolicLink()) links.add(rel);
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
  } catch (error) {
    // A link loop is reported (see `confineLink`); a dangling link is not a knowledge file.
    const isLoop = (error as NodeJS.ErrnoException).code === 'ELOOP';
    return isLoop ? { rel, path: filePath, size: 0, mtimeMs: 0, problem: 'symbolic link loop' } : undefined;
  }
}
