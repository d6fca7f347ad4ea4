import type { ArticleTableParts } from './article-table.ts';
import { FIELD_COUNT, type FrozenSegment } from './frozen-segment.ts';
import { TermDictionary } from './term-dictionary.ts';

/** A frozen segment's parts as a snapshot stores them. */
export interface FrozenSegmentParts {
  terms: string[];
  starts: Uint32Array;
  passages: Uint32Array;
  frequencies: Uint16Array | Uint32Array;
}

/**
 * Throws unless the parts hold together: one range per term and field, ranges in order and
 * within the postings, terms sorted and distinct. A snapshot damaged on disk is then rebuilt
 * rather than read past its end. (A posting naming a passage the table lacks reads as a removed
 * passage: scoring never indexes past an array.)
 */
export function checkFrozenSegment(parts: FrozenSegmentParts): void {
  const { terms, starts, passages, frequencies } = parts;
  const fail = (what: string) => {
    throw new Error(`Search index snapshot is damaged: ${what}`);
  };
  if (starts.length !== terms.length * FIELD_COUNT + 1) fail('postings ranges do not match the terms');
  if (passages.length !== frequencies.length) fail('postings and frequencies differ in length');
  if ((starts[0] ?? 0) !== 0 || starts[starts.length - 1] !== passages.length)
    fail('postings ranges are cut');
  for (let key = 1; key < starts.length; key++) {
    if ((starts[key] ?? 0) < (starts[key - 1] ?? 0)) fail('postings ranges are out of order');
  }
  for (let ordinal = 1; ordinal < terms.length; ordinal++) {
    if (!((terms[ordinal - 1] ?? '') < (terms[ordinal] ?? ''))) fail('terms are out of order');
  }
}

/** Throws unless every article's passages lie within the table's short ids. */
export function checkArticleTable(table: ArticleTableParts): void {
  const passages = table.articleOf.length;
  table.ids.forEach((_, ordinal) => {
    const first = table.firstPassage[ordinal] ?? -1;
    const count = table.passageTotal[ordinal] ?? -1;
    if (first < 0 || count < 0 || first + count > passages) {
      throw new Error('Search index snapshot is damaged: an article names unknown passages');
    }
  });
  if (table.articleLength.length !== table.ids.length) {
    throw new Error('Search index snapshot is damaged: article lengths do not match the articles');
  }
  for (const column of table.passageLengths) {
    if (column.length !== passages)
      throw new Error('Search index snapshot is damaged: passage lengths are cut');
  }
}

export function restoreFrozenSegment(parts: FrozenSegmentParts): FrozenSegment {
  return {
    terms: new TermDictionary(parts.terms),
    starts: parts.starts,
    passages: parts.passages,
    frequencies: parts.frequencies,
  };
}
