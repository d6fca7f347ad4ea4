import type { Article } from '../article.ts';
import { normalizeDate } from '../dates.ts';
import { collapseWhitespace, joinParagraphs, splitPlainText } from '../paragraphs.ts';
import { type ParsedFile, pathWithoutExtension, single } from './format.ts';
import { isChromeLine } from './page-chrome.ts';

/** How far down a page the "News | May 6, 2024" line may sit, counted in non-empty lines. */
const HEADER_SEARCH_LINES = 12;
const KIND_AND_DATE = /^([\p{L}][\p{L}\p{N} &/'’.-]{0,40}?)\s*\|\s*(.+)$/u;
const MAX_SOURCE_WORDS = 8;

interface PageHeader {
  title: string;
  published?: string;
  source?: string;
  /** Index (into the chrome-free lines) of the first body line. */
  bodyStart: number;
}

/**
 * Parses a plain-text article. Raw web-page text is recognised by a kind-and-date line
 * ("News | May 6, 2024"): the next non-empty line is the title and a short line after it the
 * source ("U.S. Space Command"); site chrome is dropped. Other text files take their first line as
 * the title.
 */
export function parseText(relPath: string, text: string): ParsedFile {
  const lines = text.split(/\r?\n/u).filter((line) => !isChromeLine(line));
  const header = findPageHeader(lines) ?? firstLineHeader(lines);
  const bodyText = lines.slice(header.bodyStart).join('\n');
  const article: Article = {
    id: pathWithoutExtension(relPath),
    title: header.title,
    tags: [],
    body: joinParagraphs(splitPlainText(bodyText)) || header.title,
    file: relPath,
  };
  if (header.published) article.published = header.published;
  if (header.source) article.source = header.source;
  return single(article);
}

function findPageHeader(lines: string[]): PageHeader | undefined {
  const nonEmpty = nonEmptyIndexes(lines, 0).slice(0, HEADER_SEARCH_LINES);
  for (const index of nonEmpty) {
    const match = KIND_AND_DATE.exec((lines[index] ?? '').trim());
    const published = match ? normalizeDate(match[2]) : undefined;
    if (!published) continue;
    const [titleIndex, sourceIndex] = nonEmptyIndexes(lines, index + 1);
    if (titleIndex === undefined) return undefined;
    const title = collapseWhitespace(lines[titleIndex] ?? '');
    const sourceLine = sourceIndex === undefined ? '' : collapseWhitespace(lines[sourceIndex] ?? '');
    if (sourceIndex !== undefined && looksLikeSource(sourceLine)) {
      return { title, published, source: sourceLine, bodyStart: sourceIndex + 1 };
    }
    return { title, published, bodyStart: titleIndex + 1 };
  }
  return undefined;
}

function firstLineHeader(lines: string[]): PageHeader {
  const [titleIndex] = nonEmptyIndexes(lines, 0);
  if (titleIndex === undefined) return { title: '', bodyStart: lines.length };
  return { title: collapseWhitespace(lines[titleIndex] ?? ''), bodyStart: titleIndex + 1 };
}

/** A source line is a short name ("U.S. Space Command"), not the first sentence of the body. */
function looksLikeSource(line: string): boolean {
  const words = line.split(' ').length;
  return words <= MAX_SOURCE_WORDS && !/[,;:!?"“”]/u.test(line) && !/[a-z]{2}\.$/u.test(line);
}

function nonEmptyIndexes(lines: string[], from: number): number[] {
  const indexes: number[] = [];
  for (let index = from; index < lines.length; index += 1) {
    if (lines[index]?.trim()) indexes.push(index);
  }
  return indexes;
}
