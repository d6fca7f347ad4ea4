import type { AnalyzedArticle } from '../analysis/types.ts';
import type { SkippedFile } from '../knowledge/article.ts';
import { type PassageFields, toPassageDocuments } from '../search/passage-documents.ts';
import { type ArticleStoreHeader, decodeArticleStore, encodeArticleStore } from './article-store.ts';
import type { Section } from './section-file.ts';

/**
 * One source's analyses as a worker thread hands them over: the article store's form (fields
 * and quotes as JSON, bodies and sentence bounds as typed arrays, moved rather than copied)
 * plus each passage's index terms, so the thread that builds the index does not tokenize
 * again. Title and source terms are given once per article.
 */
export interface PackedSource {
  header: string;
  bodies: Uint8Array;
  bodyEnds: Uint32Array;
  bodyCrcs: Uint32Array;
  sentences: Uint32Array;
  sentenceEnds: Uint32Array;
  passages: Uint32Array;
  passageEnds: Uint32Array;
  /** Per article with passages: its title terms, its source terms, then each passage's text terms, space-joined. */
  terms: string[];
}

export function packSource(
  source: { source: string; hash: string; skipped: SkippedFile[] },
  articles: readonly AnalyzedArticle[],
): PackedSource {
  const { header, sections } = encodeArticleStore([{ ...source, articles: [...articles] }]);
  const terms: string[] = [];
  for (const item of articles) {
    const documents = toPassageDocuments(item);
    if (documents.length === 0) continue;
    terms.push(joined(documents[0]?.title), joined(documents[0]?.source));
    for (const document of documents) terms.push(joined(document.text));
  }
  return {
    header: JSON.stringify(header),
    bodies: concat(sections['bodies'] ?? [], Uint8Array),
    bodyEnds: concat(sections['bodyEnds'] ?? [], Uint32Array),
    bodyCrcs: concat(sections['bodyCrcs'] ?? [], Uint32Array),
    sentences: concat(sections['sentences'] ?? [], Uint32Array),
    sentenceEnds: concat(sections['sentenceEnds'] ?? [], Uint32Array),
    passages: concat(sections['passages'] ?? [], Uint32Array),
    passageEnds: concat(sections['passageEnds'] ?? [], Uint32Array),
    terms,
  };
}

/** The typed arrays of `packed`, to move to another thread instead of copying them. */
export function transferablesOf(packed: PackedSource): ArrayBuffer[] {
  const { bodies, bodyEnds, bodyCrcs, sentences, sentenceEnds, passages, passageEnds } = packed;
  return [bodies, bodyEnds, bodyCrcs, sentences, sentenceEnds, passages, passageEnds].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** The source's articles (read from the packed bytes as they are used) and their index documents. */
export function unpackSource(packed: PackedSource): {
  articles: AnalyzedArticle[];
  skipped: SkippedFile[];
  documents: Map<AnalyzedArticle, PassageFields[]>;
} {
  const header = JSON.parse(packed.header) as ArticleStoreHeader;
  const { bodies } = packed;
  const sources = decodeArticleStore(header, {
    bodies: { length: bodies.length, read: (start, end) => bodies.subarray(start, end) },
    bodyEnds: packed.bodyEnds,
    sentences: packed.sentences,
    sentenceEnds: packed.sentenceEnds,
    passages: packed.passages,
    passageEnds: packed.passageEnds,
  });
  const [source] = sources.values();
  const articles = source?.articles ?? [];
  const documents = new Map<AnalyzedArticle, PassageFields[]>();
  let at = 0;
  for (const item of articles) {
    const count = item.passageCount ?? item.passages.length;
    if (count === 0) continue;
    const title = split(packed.terms[at++]);
    const from = split(packed.terms[at++]);
    const list: PassageFields[] = [];
    for (let n = 0; n < count; n++) list.push([split(packed.terms[at++]), title, from]);
    documents.set(item, list);
  }
  return { articles, skipped: source?.skipped ?? [], documents };
}

function joined(terms: readonly string[] | undefined): string {
  return terms ? terms.join(' ') : '';
}

function split(text: string | undefined): string[] | undefined {
  return text ? text.split(' ') : undefined;
}

function concat<T extends Section>(chunks: Section[], Kind: new (length: number) => T): T {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const result = new Kind(total);
  let at = 0;
  for (const chunk of chunks) {
    (result as unknown as Uint32Array).set(chunk as unknown as ArrayLike<number>, at);
    at += chunk.length;
  }
  return result;
}
