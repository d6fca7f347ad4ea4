import type { SkippedFile } from '../article.ts';
import type { ParsedFile } from './format.ts';
import { type RecordPlace, recordToArticle } from './record.ts';

/**
 * Parses a `.json` file: an array of records, one record, or `{ "articles": [...] }`.
 * Invalid JSON skips the whole file (the error is thrown with the reason); a record that cannot be
 * an article is skipped as `file#n` and the others load.
 */
export function parseJson(relPath: string, text: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`invalid JSON (${errorMessage(error)})`);
  }
  const records = recordsOf(value);
  return collect(records.map((record, index) => ({ record, place: { relPath, n: index + 1 } })));
}

/**
 * Parses JSON Lines (`.jsonl`, `.ndjson`): one record per line, blank lines ignored. A line that
 * is not valid JSON is skipped as `file#line` with the reason, and the rest loads.
 */
export function parseJsonLines(relPath: string, text: string): ParsedFile {
  const entries: { record: unknown; place: RecordPlace }[] = [];
  const skipped: SkippedFile[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    if (!line.trim()) return;
    const place = { relPath, n: index + 1 };
    try {
      entries.push({ record: JSON.parse(line), place });
    } catch (error) {
      skipped.push({
        file: `${relPath}#${place.n}`,
        reason: `invalid JSON on line ${place.n} (${errorMessage(error)})`,
      });
    }
  });
  const parsed = collect(entries);
  return { articles: parsed.articles, skipped: [...skipped, ...parsed.skipped].sort(byRecordNumber) };
}

function recordsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as { articles?: unknown }).articles)
  ) {
    return (value as { articles: unknown[] }).articles;
  }
  return [value];
}

function collect(entries: { record: unknown; place: RecordPlace }[]): ParsedFile {
  const result: ParsedFile = { articles: [], skipped: [] };
  for (const { record, place } of entries) {
    const converted = recordToArticle(record, place);
    if (converted.ok) result.articles.push(converted.article);
    else result.skipped.push({ file: `${place.relPath}#${place.n}`, reason: converted.reason });
  }
  return result;
}

function byRecordNumber(a: SkippedFile, b: SkippedFile): number {
  return (
    Number(a.file.slice(a.file.lastIndexOf('#') + 1)) - Number(b.file.slice(b.file.lastIndexOf('#') + 1))
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
