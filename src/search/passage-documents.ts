import type { Options } from 'minisearch';
import type { AnalyzedArticle } from '../analysis/types.ts';
import type { SearchTuning } from './search-tuning.ts';
import { tokenize, toTerm, toTerms } from './terms.ts';

/**
 * What the index stores for one passage. Fields hold index terms, computed once here, so
 * minisearch only splits them and field lengths count index terms rather than raw words.
 */
export interface PassageDocument {
  id: string;
  text?: string[];
  title?: string[];
  source?: string[];
}

export const INDEXED_FIELDS = ['text', 'title', 'source'] as const;

/** A passage's index terms by field, in `INDEXED_FIELDS` order (undefined: the field is empty). */
export type PassageFields = (string[] | undefined)[];

export function fieldsOf(document: PassageDocument): PassageFields {
  return INDEXED_FIELDS.map((field) => document[field]);
}

/** The index documents of an article: one per passage; none when the article has no passages. */
export function toPassageDocuments(item: AnalyzedArticle): PassageDocument[] {
  const title = nonEmpty(toTerms(item.article.title));
  const source = nonEmpty(toTerms(item.article.source ?? ''));
  return item.passages.map((passage) => ({
    id: passage.id,
    text: nonEmpty(toTerms(passage.text)),
    title,
    source,
  }));
}

function nonEmpty(terms: string[]): string[] | undefined {
  return terms.length > 0 ? terms : undefined;
}

/**
 * minisearch options: documents arrive as index terms; queries are raw text, processed like
 * documents. Sitrep scores queries itself (query-scorer.ts); the search options make
 * minisearch's own `search` score the same way, which the tests use as a cross-check.
 */
export function engineOptions(tuning: Readonly<SearchTuning>): Options<PassageDocument> {
  return {
    fields: [...INDEXED_FIELDS],
    stringifyField: (terms: string[]) => terms.join(' '),
    tokenize: (joinedTerms) => joinedTerms.split(' '),
    processTerm: (term) => term || null,
    // minisearch vacuums in timed batches that walk the term tree across event-loop turns; a
    // passage added in between changes the tree under the walk and crashes it. Sitrep removes
    // passages exactly (`SearchIndex.remove`), so there is never anything to vacuum.
    autoVacuum: false,
    searchOptions: {
      tokenize,
      processTerm: toTerm,
      boost: { ...tuning.boost },
      bm25: { ...tuning.bm25 },
      weights: { ...tuning.weights },
    },
  };
}
