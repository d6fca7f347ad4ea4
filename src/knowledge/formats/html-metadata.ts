import { normalizeDate } from '../dates.ts';
import type { DomDocument } from './dom.ts';
import { readString, readTags } from './format.ts';

/** What a page says about itself in meta tags, JSON-LD and <time>. */
export interface PageMetadata {
  title?: string;
  published?: string;
  url?: string;
  source?: string;
  tags: string[];
}

/**
 * Reads a page's metadata: title (og:title, JSON-LD headline, <title>), date
 * (article:published_time, JSON-LD datePublished, <time datetime>), canonical URL, source
 * (og:site_name, JSON-LD publisher) and tags (article:tag, keywords). Missing or unreadable values
 * are left out.
 */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const ld = readJsonLdArticle(document);
  const meta = (key: string) => metaContent(document, key);
  const title =
    meta('og:title') ?? readString(ld['headline']) ?? readString(ld['name']) ?? titleText(document);
  const published =
    normalizeDate(meta('article:published_time')) ??
    normalizeDate(readString(ld['datePublished'])) ??
    normalizeDate(meta('date') ?? meta('pubdate') ?? meta('publishdate') ?? meta('dc.date.issued')) ??
    normalizeDate(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const url =
    readString(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    meta('og:url') ??
    readString(ld['url']) ??
    readString(ld['mainEntityOfPage']) ??
    readString((ld['mainEntityOfPage'] as Record<string, unknown> | undefined)?.['@id']);
  const source = meta('og:site_name') ?? publisherName(ld['publisher']);
  const metaTags = [...document.querySelectorAll('meta[property="article:tag"]')].map(
    (element) => element.getAttribute('content') ?? '',
  );
  const tags = readTags([...metaTags, ...readTags(meta('keywords')), ...readTags(ld['keywords'])]);
  return { ...defined({ title, published, url, source }), tags };
}

function metaContent(document: DomDocument, key: string): string | undefined {
  for (const element of document.querySelectorAll('meta')) {
    const name = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
    if (name.toLowerCase() === key) return readString(element.getAttribute('content'));
  }
  return undefined;
}

function titleText(document: DomDocument): string | undefined {
  return readString(document.querySelector('title')?.textContent ?? undefined);
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/u;

/** The first JSON-LD object that describes an article, looking inside arrays and @graph. */
function readJsonLdArticle(document: DomDocument): Record<string, unknown> {
  const candidates: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectObjects(JSON.parse(script.textContent ?? ''), candidates);
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still counts.
    }
  }
  const isArticle = (object: Record<string, unknown>) => ARTICLE_TYPES.test(String(object['@type'] ?? ''));
  return candidates.find(isArticle) ?? candidates.find((object) => 'headline' in object) ?? {};
}

function collectObjects(value: unknown, into: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    into.push(object);
    if (Array.isArray(object['@graph'])) collectObjects(object['@graph'], into);
  }
}

function publisherName(publisher: unknown): string | undefined {
  if (Array.isArray(publisher)) return publisherName(publisher[0]);
  if (publisher !== null && typeof publisher === 'object') {
    return readString((publisher as Record<string, unknown>)['name']);
  }
  return readString(publisher);
}

function defined<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}
