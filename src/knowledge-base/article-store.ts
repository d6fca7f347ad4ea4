import type { AnalyzedArticle, Quote } from '../analysis/types.ts';
import type { Article, SkippedFile } from '../knowledge/article.ts';
import type { SourceAnalysis } from './analysis-cache.ts';
import { compactAnalysis } from './compact-analysis.ts';
import { crc32 } from './crc32.ts';
import type { Section } from './section-file.ts';
import { StoredAnalysis, type StoreText } from './stored-analysis.ts';

/** A source as the store lists it; its articles follow those of the sources before it. */
export interface StoredSource {
  source: string;
  hash: string;
  skipped: SkippedFile[];
  articles: number;
  /** The file's size and mtime when its content was hashed, to know it unchanged without reading it. */
  size?: number;
  mtimeMs?: number;
}

/** An article's fields and quotes (without what the body gives); or, if it cannot be compacted, all of it. */
type StoredRecord =
  | { fields: Omit<Article, 'body'>; quotes: Omit<Quote, 'id' | 'articleId'>[] }
  | { whole: AnalyzedArticle };

export interface ArticleStoreHeader {
  sources: StoredSource[];
  records: StoredRecord[];
}

export type SourceWithStat = SourceAnalysis & { size?: number; mtimeMs?: number };

/**
 * Every source's analyses, for the snapshot: fields and quotes in the JSON header, bodies as
 * UTF-8 and sentence and passage boundaries as integer triples in sections. Analyses read from
 * a store are copied byte for byte, without being decoded.
 */
export function encodeArticleStore(sources: readonly SourceWithStat[]): {
  header: ArticleStoreHeader;
  sections: Record<string, Section[]>;
} {
  const header: ArticleStoreHeader = { sources: [], records: [] };
  const chunks = {
    bodies: [] as Uint8Array[],
    sentences: [] as Uint32Array[],
    passages: [] as Uint32Array[],
  };
  const ends = { bodyEnds: [] as number[], sentenceEnds: [] as number[], passageEnds: [] as number[] };
  const bodyCrcs: number[] = [];
  let [body, sentences, passages] = [0, 0, 0];
  for (const { source, hash, skipped, articles, size, mtimeMs } of sources) {
    header.sources.push({ source, hash, skipped, articles: articles.length, size, mtimeMs });
    for (const item of articles) {
      const { record, raw } = storedForm(item);
      header.records.push(record);
      chunks.bodies.push(raw.body);
      chunks.sentences.push(raw.sentences);
      chunks.passages.push(raw.passages);
      bodyCrcs.push(crc32(raw.body));
      body += raw.body.length;
      sentences += raw.sentences.length;
      passages += raw.passages.length;
      ends.bodyEnds.push(body);
      ends.sentenceEnds.push(sentences);
      ends.passageEnds.push(passages);
    }
  }
  return {
    header,
    sections: {
      bodies: chunks.bodies,
      bodyEnds: [Uint32Array.from(ends.bodyEnds)],
      bodyCrcs: [Uint32Array.from(bodyCrcs)],
      sentences: chunks.sentences,
      sentenceEnds: [Uint32Array.from(ends.sentenceEnds)],
      passages: chunks.passages,
      passageEnds: [Uint32Array.from(ends.passageEnds)],
    },
  };
}

/** The sources of a store, by source key, their articles read lazily from `text`. */
export function decodeArticleStore(header: ArticleStoreHeader, text: StoreText): Map<string, SourceWithStat> {
  const { records } = header;
  const count = records.length;
  const ends = [text.bodyEnds, text.sentenceEnds, text.passageEnds];
  const totals = [text.bodies.length, text.sentences.length, text.passages.length];
  ends.forEach((column, n) => {
    if (column.length !== count) throw new Error('the article store does not match its records');
    for (let at = 0; at < count; at++) {
      if (
        (column[at] ?? 0) < (at === 0 ? 0 : (column[at - 1] ?? 0)) ||
        (column[at] ?? 0) > (totals[n] ?? 0)
      ) {
        throw new Error('the article store is damaged');
      }
    }
  });
  if (text.bodyCrcs && text.bodyCrcs.length !== count)
    throw new Error('the article store does not match its records');
  const sources = new Map<string, SourceWithStat>();
  let position = 0;
  for (const { articles, ...source } of header.sources) {
    const items: AnalyzedArticle[] = [];
    for (let n = 0; n < articles; n++, position++) {
      const record = records[position];
      if (!record) throw new Error('the article store lists more articles than it holds');
      items.push('whole' in record ? record.whole : storedAnalysis(text, position, record));
    }
    sources.set(source.source, { ...source, articles: items });
  }
  if (position !== count) throw new Error('the article store holds articles no source lists');
  return sources;
}

function storedAnalysis(
  text: StoreText,
  position: number,
  { fields, quotes }: Extract<StoredRecord, { fields: unknown }>,
): StoredAnalysis {
  const full = quotes.map((quote) => ({ id: `${fields.id}@${quote.start}`, articleId: fields.id, ...quote }));
  return new StoredAnalysis(text, position, fields, full);
}

const NOTHING = { body: new Uint8Array(0), sentences: new Uint32Array(0), passages: new Uint32Array(0) };

function storedForm(item: AnalyzedArticle): {
  record: StoredRecord;
  raw: { body: Uint8Array; sentences: Uint32Array; passages: Uint32Array };
} {
  const quotes = item.quotes.map(({ id: _id, articleId: _articleId, ...quote }) => quote);
  if (item instanceof StoredAnalysis) return { record: { fields: item.fields(), quotes }, raw: item.raw() };
  const { body: _body, ...fields } = item.article;
  const compact = compactAnalysis(item);
  if (!('compact' in compact)) return { record: { whole: item }, raw: NOTHING };
  return {
    record: { fields, quotes },
    raw: {
      body: Buffer.from(item.article.body),
      sentences: Uint32Array.from(compact.sentences.flat()),
      passages: Uint32Array.from(compact.passages.flat()),
    },
  };
}
