import type { Article, SkippedFile } from '../article.ts';
import { collapseWhitespace } from '../paragraphs.ts';

/** What parsing one knowledge file gives: the articles it holds and the parts that could not load. */
export interface ParsedFile {
  articles: Article[];
  skipped: SkippedFile[];
}

/** Parses the decoded text of one file; `relPath` is its posix path under the knowledge dir. */
export type FormatParser = (relPath: string, text: string) => ParsedFile;

/** A file's default article id: its path under the knowledge dir without the extension. */
export function pathWithoutExtension(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  const dot = relPath.lastIndexOf('.');
  return dot > slash + 1 ? relPath.slice(0, dot) : relPath;
}

/** The file name without folders or extension, the title of last resort. */
export function baseName(relPath: string): string {
  const withoutExtension = pathWithoutExtension(relPath);
  return withoutExtension.slice(withoutExtension.lastIndexOf('/') + 1);
}

/** Reads tags given as a list or as one comma-separated string; anything else gives no tags. */
export function readTags(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags = items
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** A trimmed non-empty string, or undefined. */
export function readString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = collapseWhitespace(value);
  return trimmed || undefined;
}

/** One parsed article with no skips. */
export function single(article: Article): ParsedFile {
  return { articles: [article], skipped: [] };
}
