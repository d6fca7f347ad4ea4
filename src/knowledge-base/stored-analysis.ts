import type { AnalyzedArticle, Passage, Quote, Sentence } from '../analysis/types.ts';
import type { Article } from '../knowledge/article.ts';
import { expandText } from './compact-analysis.ts';
import { crc32 } from './crc32.ts';
import type { LazyBytes } from './section-file.ts';

/** The bytes an article store keeps every body and sentence boundary in. */
export interface StoreText {
  /** UTF-8 of every body, one after another, read when asked for. */
  bodies: LazyBytes;
  /** Per article (by store position), where its body ends in `bodies`. */
  bodyEnds: Uint32Array;
  /** Per article, the CRC-32 of its body's bytes: they are read long after the file was checked. */
  bodyCrcs?: Uint32Array;
  /** Told when a body read back does not match its CRC-32. */
  onDamaged?: () => void;
  /** (start, end, paragraph) triples of every article's sentences. */
  sentences: Uint32Array;
  /** Per article, where its triples end in `sentences` (in numbers, not triples). */
  sentenceEnds: Uint32Array;
  /** (index, first sentence, sentence count) triples of every article's passages. */
  passages: Uint32Array;
  passageEnds: Uint32Array;
}

/** Articles whose text is held decoded at once, most recently used: a reply reads a handful. */
const DECODED_ARTICLES = 2_000;

interface Decoded {
  body: string;
  text?: { sentences: Sentence[]; passages: Passage[] };
}

const decoded = new Map<StoredAnalysis, Decoded>();
const owners = new WeakMap<Article, StoredAnalysis>();

function storedBody(this: Article): string {
  return owners.get(this)?.body() ?? '';
}

/**
 * An analysis read from a snapshot's article store: the article's fields and quotes are in the
 * heap, its body, sentences and passages stay bytes in the store until read, and only the most
 * recently read few thousand are kept decoded. So a knowledge base of 100,000 articles opens
 * without building millions of sentence objects. Reads like any other analysis (sentences and
 * passages are getters: copy them by name, not by spreading the analysis).
 */
export class StoredAnalysis implements AnalyzedArticle {
  readonly article: Article;
  readonly #fields: Omit<Article, 'body'>;
  readonly #store: StoreText;
  /** Position in the store. */
  readonly #position: number;

  constructor(
    store: StoreText,
    position: number,
    fields: Omit<Article, 'body'>,
    readonly quotes: Quote[],
  ) {
    this.#fields = fields;
    this.#store = store;
    this.#position = position;
    const article = { ...fields } as Article;
    // An own, enumerable accessor: spreading, serializing or comparing the article reads the body.
    Object.defineProperty(article, 'body', { enumerable: true, get: storedBody });
    owners.set(article, this);
    this.article = article;
  }

  get sentences(): Sentence[] {
    return this.#text().sentences;
  }

  get passages(): Passage[] {
    return this.#text().passages;
  }

  /** The body, decoded. */
  body(): string {
    return this.#decode().body;
  }

  get passageCount(): number {
    const ends = this.#store.passageEnds;
    return ((ends[this.#position] ?? 0) - endBefore(ends, this.#position)) / 3;
  }

  /** The article's fields but its body, without reading the body. */
  fields(): Omit<Article, 'body'> {
    return this.#fields;
  }

  /** The body's UTF-8 and the compact triples, as stored: a new snapshot copies them as they are. */
  raw(): { body: Uint8Array; sentences: Uint32Array; passages: Uint32Array } {
    const store = this.#store;
    const position = this.#position;
    return {
      body: store.bodies.read(endBefore(store.bodyEnds, position), store.bodyEnds[position] ?? 0),
      sentences: store.sentences.subarray(
        endBefore(store.sentenceEnds, position),
        store.sentenceEnds[position],
      ),
      passages: store.passages.subarray(endBefore(store.passageEnds, position), store.passageEnds[position]),
    };
  }

  #text(): { sentences: Sentence[]; passages: Passage[] } {
    const entry = this.#decode();
    if (!entry.text) {
      const { sentences, passages } = this.raw();
      entry.text = expandText(this.article, sentences, passages);
    }
    return entry.text;
  }

  #decode(): Decoded {
    let entry = decoded.get(this);
    if (entry) {
      decoded.delete(this);
    } else {
      const body = this.raw().body;
      const expected = this.#store.bodyCrcs?.[this.#position];
      if (expected !== undefined && crc32(body) !== expected) this.#store.onDamaged?.();
      entry = { body: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
      if (decoded.size >= DECODED_ARTICLES) decoded.delete(decoded.keys().next().value as StoredAnalysis);
    }
    decoded.set(this, entry);
    return entry;
  }
}

function endBefore(ends: Uint32Array, position: number): number {
  return position === 0 ? 0 : (ends[position - 1] ?? 0);
}
