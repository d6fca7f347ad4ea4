import type { ArticleTable } from './article-table.ts';
import type { Bm25 } from './bm25.ts';
import { FIELD_COUNT, type FrozenSegment } from './frozen-segment.ts';
import { INDEXED_FIELDS } from './passage-documents.ts';
import type { SearchTuning } from './search-tuning.ts';

/**
 * One index term's postings folded by article (ordinals ascending), all fields together, with
 * what bounds an article's score without reading its passages:
 * - `own`: BM25 (before the idf and the match weight) of the term in the article's bag of
 *   words, from the frequencies full scoring sums (the text's summed over the passages, title
 *   and source once); 0 when no field that counts for articles holds it;
 * - `passage[field]`: BM25+ (before the field's weight) at the largest frequency and the
 *   shortest field length among the article's passages holding the term in that field (0: none).
 *   BM25 grows with the frequency and shrinks with the length, so no passage weighs more.
 * Stored as 32-bit floats rounded up (`ROUND_UP`): they are only ever upper bounds.
 */
export interface ArticlePostings {
  articles: Int32Array;
  own: Float32Array;
  passage: (Float32Array | undefined)[];
  /** Articles with `own` above 0: the term's article frequency in this segment. */
  ownCount: number;
  length: number;
}

/** Lifts a 32-bit float above the 64-bit value it stores (its rounding is 2^-24 at most). */
const ROUND_UP = 1 + 2 ** -20;

/** One field's postings: short ids ascending (an article's passages are consecutive). */
export interface FieldRange {
  fieldId: number;
  ids: Uint32Array;
  frequencies: Uint16Array | Uint32Array;
  from: number;
  to: number;
}

/** One field's postings grouped by article. */
interface Grouped {
  fieldId: number;
  articles: Int32Array;
  /** The frequencies an article's bag of words counts: summed (text) or the first (title, source). */
  summed: Uint32Array;
  largest: Uint32Array;
  shortest: Uint32Array;
  length: number;
}

/** Room for grouping each field's postings, kept from fold to fold (folding allocates its result only). */
const scratch: Grouped[] = [];

function scratchFor(slot: number, size: number, fieldId: number): Grouped {
  let room = scratch[slot];
  if (!room || room.articles.length < size) {
    const capacity = Math.max(size, 1024);
    room = {
      fieldId,
      articles: new Int32Array(capacity),
      summed: new Uint32Array(capacity),
      largest: new Uint32Array(capacity),
      shortest: new Uint32Array(capacity),
      length: 0,
    };
    scratch[slot] = room;
  }
  room.fieldId = fieldId;
  room.length = 0;
  return room;
}

/** Groups one field's postings by article into `into`; removed passages are left out. */
function groupByArticle(
  ids: Uint32Array,
  frequencies: Uint16Array | Uint32Array,
  from: number,
  to: number,
  articleOf: Int32Array,
  lengths: Uint32Array,
  isRepeated: boolean,
  into: Grouped,
): Grouped {
  const { articles, summed, largest, shortest } = into;
  let length = 0;
  let last = -1;
  for (let at = from; at < to; at++) {
    const id = ids[at] as number;
    const article = articleOf[id] as number;
    if (article < 0) continue;
    const frequency = frequencies[at] as number;
    const fieldLength = lengths[id] as number;
    if (article !== last) {
      last = article;
      articles[length] = article;
      summed[length] = frequency;
      largest[length] = frequency;
      shortest[length] = fieldLength;
      length++;
      continue;
    }
    const entry = length - 1;
    if (!isRepeated) summed[entry] = (summed[entry] as number) + frequency;
    if (frequency > (largest[entry] as number)) largest[entry] = frequency;
    if (fieldLength < (shortest[entry] as number)) shortest[entry] = fieldLength;
  }
  into.length = length;
  return into;
}

/** Folds the postings of one term (one range per field) by article; removed passages are left out. */
export function foldByArticle(
  ranges: readonly FieldRange[],
  table: ArticleTable,
  tuning: Readonly<SearchTuning>,
): ArticlePostings {
  const grouped = ranges.map(({ fieldId, ids, frequencies, from, to }, slot) =>
    groupByArticle(
      ids,
      frequencies,
      from,
      to,
      table.articleOf,
      table.passageLengths[fieldId] ?? new Uint32Array(0),
      INDEXED_FIELDS[fieldId] !== 'text',
      scratchFor(slot, to - from, fieldId),
    ),
  );
  // The union of the fields' articles, in order; then each field's columns at their places in
  // it. One loop per function: a function optimized in the middle of its first long loop would
  // otherwise be thrown back on the next loop's first run.
  let articles: Int32Array = new Int32Array(0);
  for (const field of grouped) articles = union(articles, field.articles.subarray(0, field.length));
  const length = articles.length;
  const frequencySums = new Float64Array(length);
  const passage: (Float32Array | undefined)[] = new Array(FIELD_COUNT).fill(undefined);
  for (const field of grouped) {
    if (field.length === 0) continue;
    const column = new Float32Array(length);
    passage[field.fieldId] = column;
    const weight = tuning.article.fields[INDEXED_FIELDS[field.fieldId] ?? 'text'];
    const averageLength = table.averageFieldLength(field.fieldId) || 1;
    fillField(field, articles, column, frequencySums, weight, averageLength, tuning.bm25);
  }
  const own = new Float32Array(length);
  const ownCount = fillOwn(articles, frequencySums, own, table, tuning.article.bm25);
  return { articles, own, passage, ownCount, length };
}

/** Writes one field's passage bounds and adds its weighted frequencies at their articles' places. */
function fillField(
  field: Grouped,
  articles: Int32Array,
  column: Float32Array,
  frequencySums: Float64Array,
  weight: number,
  averageLength: number,
  { k, b, d }: Bm25,
): void {
  const { articles: fieldArticles, summed, largest, shortest } = field;
  const saturation = k + 1;
  let place = 0;
  for (let entry = 0; entry < field.length; entry++) {
    const article = fieldArticles[entry] as number;
    while (articles[place] !== article) place++;
    const frequency = largest[entry] as number;
    const fieldLength = shortest[entry] as number;
    column[place] =
      (d + (frequency * saturation) / (frequency + k * (1 - b + (b * fieldLength) / averageLength))) *
      ROUND_UP;
    if (weight > 0)
      frequencySums[place] = (frequencySums[place] as number) + weight * (summed[entry] as number);
  }
}

/** Writes each article's own BM25 for the term; returns how many articles count it. */
function fillOwn(
  articles: Int32Array,
  frequencySums: Float64Array,
  own: Float32Array,
  table: ArticleTable,
  { k, b, d }: Bm25,
): number {
  const averageArticleLength = table.averageArticleLength || 1;
  const { articleLength } = table;
  let ownCount = 0;
  for (let place = 0; place < articles.length; place++) {
    const frequency = frequencySums[place] as number;
    if (frequency <= 0) continue;
    const size = articleLength[articles[place] as number] as number;
    own[place] =
      (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * size) / averageArticleLength))) * ROUND_UP;
    ownCount++;
  }
  return ownCount;
}

/** The union of two ascending lists of distinct numbers, ascending. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  // Copied: `b` may be scratch space.
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a;
  const merged = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let length = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      merged[length++] = x;
      i++;
      if (x === y) j++;
    } else {
      merged[length++] = y;
      j++;
    }
  }
  while (i < a.length) merged[length++] = a[i++] as number;
  while (j < b.length) merged[length++] = b[j++] as number;
  return merged.slice(0, length);
}

/**
 * Entries kept at most, over all terms, per posting of the frozen segment (and never fewer than
 * `MIN_CACHE_ENTRIES`). An entry takes 12 to 16 bytes. At 100,000 articles (18.1 million
 * postings) folding every term gives 10.5 million entries (0.58 a posting), and the 2,000 bench
 * questions fold 6.4 million (102 MB) over 2,806 terms; a cap of 4 million entries dropped
 * common words that later questions folded again.
 */
const CACHE_ENTRIES_PER_POSTING = 0.5;
const MIN_CACHE_ENTRIES = 1_000_000;

/** What a folded term depends on besides the frozen postings. */
interface FoldedAt {
  postings: ArticlePostings;
  removals: number;
  averages: number[];
}

/**
 * The frozen segment's terms folded by article, kept while the frozen segment, the removals
 * and the average lengths stay as they were when folded (a change of any folds a term again
 * on its next use: one pass over its postings). Least recently used terms are dropped beyond
 * `CACHE_ENTRIES_PER_POSTING` entries per frozen posting.
 */
export class ArticlePostingsCache {
  private segment: FrozenSegment | undefined;
  private readonly folded = new Map<number, FoldedAt>();
  private entries = 0;
  private capacity = MIN_CACHE_ENTRIES;

  constructor(private readonly tuning: Readonly<SearchTuning>) {}

  /** Term `ordinal`'s frozen postings folded; `fields` are its [from, to) ranges by field. */
  get(
    segment: FrozenSegment,
    ordinal: number,
    fields: readonly { fieldId: number; from: number; to: number }[],
    table: ArticleTable,
  ): ArticlePostings {
    if (segment !== this.segment) {
      this.segment = segment;
      this.folded.clear();
      this.entries = 0;
      this.capacity = Math.max(MIN_CACHE_ENTRIES, segment.passages.length * CACHE_ENTRIES_PER_POSTING);
    }
    const known = this.folded.get(ordinal);
    if (known) {
      this.folded.delete(ordinal);
      if (known.removals === table.removals && sameAverages(known.averages, table)) {
        // Map order is insertion order: moving a term to the end keeps the least recent first.
        this.folded.set(ordinal, known);
        return known.postings;
      }
      this.entries -= known.postings.length;
    }
    const ranges = fields
      .filter(({ from, to }) => to > from)
      .map(({ fieldId, from, to }) => ({
        fieldId,
        ids: segment.passages,
        frequencies: segment.frequencies,
        from,
        to,
      }));
    const postings = foldByArticle(ranges, table, this.tuning);
    this.folded.set(ordinal, { postings, removals: table.removals, averages: averagesOf(table) });
    this.entries += postings.length;
    for (const [oldest, { postings: dropped }] of this.folded) {
      if (this.entries <= this.capacity || oldest === ordinal) break;
      this.folded.delete(oldest);
      this.entries -= dropped.length;
    }
    return postings;
  }
}

/** The average lengths a fold depends on: the article's, then each field's. */
function averagesOf(table: ArticleTable): number[] {
  const averages = [table.averageArticleLength];
  for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) averages.push(table.averageFieldLength(fieldId));
  return averages;
}

function sameAverages(averages: number[], table: ArticleTable): boolean {
  if (averages[0] !== table.averageArticleLength) return false;
  for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
    if (averages[fieldId + 1] !== table.averageFieldLength(fieldId)) return false;
  }
  return true;
}
