import type { Article } from '../article.ts';
import { normalizeDate } from '../dates.ts';
import { deriveTitle } from '../derive-title.ts';
import { joinParagraphs, splitPlainText } from '../paragraphs.ts';
import { pathWithoutExtension, readString, readTags } from './format.ts';

const TEXT_FIELDS = ['text', 'body', 'content', 'article'] as const;

/** Where a record sits in its file: `n` is its 1-based line (JSON Lines) or position (JSON array). */
export interface RecordPlace {
  relPath: string;
  n: number;
}

/** An article, or the reason the record cannot be one. */
export type RecordResult = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * Turns one JSON record into an article, accepting the common field names: `id|_id`,
 * `title|headline`, `text|body|content|article`, `date|published|datePublished|dateline_date`,
 * `url|link`, `source|publisher`, `tags`. A record without an id gets `<path without ext>#<n>`;
 * one without a title gets the first sentence of its text, shortened.
 */
export function recordToArticle(record: unknown, { relPath, n }: RecordPlace): RecordResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  const fields = record as Record<string, unknown>;
  const text = TEXT_FIELDS.map((name) => fields[name]).find(
    (value) => typeof value === 'string' && value.trim(),
  );
  if (typeof text !== 'string') {
    return { ok: false, reason: `no text (expected one of the fields ${TEXT_FIELDS.join(', ')})` };
  }
  const article: Article = {
    id: readString(fields['id']) ?? readString(fields['_id']) ?? `${pathWithoutExtension(relPath)}#${n}`,
    title: readString(fields['title']) ?? readString(fields['headline']) ?? deriveTitle(text),
    tags: readTags(fields['tags']),
    body: joinParagraphs(splitPlainText(text)),
    file: relPath,
  };
  const published = firstDate(fields);
  const url = readString(fields['url']) ?? readString(fields['link']);
  const source = readString(fields['source']) ?? publisherName(fields['publisher']);
  if (published) article.published = published;
  if (url) article.url = url;
  if (source) article.source = source;
  return { ok: true, article };
}

function firstDate(fields: Record<string, unknown>): string | undefined {
  for (const name of ['date', 'published', 'datePublished', 'dateline_date']) {
    const date = normalizeDate(fields[name]);
    if (date) return date;
  }
  return undefined;
}

function publisherName(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return readString((value as Record<string, unknown>)['name']);
  }
  return readString(value);
}
