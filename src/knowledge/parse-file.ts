import type { Article, SkippedFile } from './article.ts';
import { decodeText } from './decode-text.ts';
import type { FormatParser } from './formats/format.ts';
import { parseHtml } from './formats/html.ts';
import { parseMarkdown } from './formats/markdown.ts';
import { parseJson, parseJsonLines } from './formats/records.ts';
import { parseText } from './formats/text.ts';

const PARSERS: Readonly<Record<string, FormatParser>> = {
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.txt': parseText,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.json': parseJson,
  '.jsonl': parseJsonLines,
  '.ndjson': parseJsonLines,
};

/** File extensions Sitrep reads as knowledge, lower case with the dot. */
export const KNOWLEDGE_EXTENSIONS: readonly string[] = Object.keys(PARSERS);

/** The lower-case extension of a path ("" when it has none). */
export function extensionOf(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * Parses one knowledge file into articles, choosing the format by extension. Never throws: a file
 * that cannot load comes back in `skipped` with the reason, and a multi-record file can load some
 * records and skip others (`file#n`). Articles with an empty body are skipped too.
 */
export function parseKnowledgeFile(
  relPath: string,
  bytes: Buffer,
): { articles: Article[]; skipped: SkippedFile[] } {
  const parser = PARSERS[extensionOf(relPath)];
  if (!parser) {
    return skip(relPath, `unsupported file type; use one of ${KNOWLEDGE_EXTENSIONS.join(', ')}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return skip(relPath, decoded.reason);
  try {
    const parsed = parser(relPath, decoded.text);
    const articles = parsed.articles.filter((article) => article.body);
    const empty = parsed.articles
      .filter((article) => !article.body)
      .map((article) => ({ file: relPath, reason: `article "${article.id}" has no text` }));
    return { articles, skipped: [...parsed.skipped, ...empty] };
  } catch (error) {
    return skip(relPath, error instanceof Error ? error.message : String(error));
  }
}

function skip(file: string, reason: string): { articles: Article[]; skipped: SkippedFile[] } {
  return { articles: [], skipped: [{ file, reason }] };
}
