/** The table's arrays, as a snapshot stores them. */
export interface ArticleTableParts {
  /** Article id of each ordinal; '' once removed. */
  ids: string[];
  articleOf: Int32Array;
  passageLengths: Uint32Array[];
  articleLength: Float64Array;
  firstPassage: Int32Array;
  passageTotal: Int32Array;
}

/**
 * For each indexed passage (by short id): its article and field lengths; for each article (by
 * ordinal): its passages, which have consecutive short ids, and its length as one bag of words.
 * Typed arrays, so scoring a query reads them without map lookups. Article ordinals and short
 * ids are never reused while the table lives.
 *
 * Counts and average lengths are kept here as sums of whole numbers, so they are exactly the same
 * whatever order articles came and went in: an index updated article by article scores exactly
 * like one built from scratch (minisearch's own running averages drift with the order).
 */
export class ArticleTable {
  /** Article ordinal of each passage short id; -1 when the passage is gone. */
  articleOf: Int32Array = new Int32Array(0);
  /** Index terms per field (by field id) of each passage short id. */
  readonly passageLengths: Uint32Array[];
  /** Length of each article (by ordinal) as one bag of words; 0 once removed. */
  articleLength: Float64Array = new Float64Array(0);
  private firstPassage: Int32Array = new Int32Array(0);
  private passageTotal: Int32Array = new Int32Array(0);
  private readonly ordinals = new Map<string, number>();
  private readonly ids: string[] = [];
  private lengthSum = 0;
  /** Articles removed since the table was made: what was read before a removal may hold stale ordinals. */
  removals = 0;
  /** Live passages; and for each field, the passages that have it and the sum of their lengths. */
  private livePassages = 0;
  private readonly fieldPassages: number[];
  private readonly fieldLengthSum: number[];

  constructor(fieldCount: number) {
    this.passageLengths = Array.from({ length: fieldCount }, () => new Uint32Array(0));
    this.fieldPassages = new Array<number>(fieldCount).fill(0);
    this.fieldLengthSum = new Array<number>(fieldCount).fill(0);
  }

  /** A table from `toParts()` output; the arrays are copied, so `parts` may be a file's bytes. */
  static fromParts(parts: ArticleTableParts): ArticleTable {
    const table = new ArticleTable(parts.passageLengths.length);
    table.articleOf = new Int32Array(parts.articleOf);
    parts.passageLengths.forEach((column, fieldId) => {
      table.passageLengths[fieldId] = new Uint32Array(column);
    });
    table.articleLength = new Float64Array(parts.articleLength);
    table.firstPassage = new Int32Array(parts.firstPassage);
    table.passageTotal = new Int32Array(parts.passageTotal);
    for (let ordinal = 0; ordinal < parts.ids.length; ordinal++) {
      const id = parts.ids[ordinal] ?? '';
      table.ids.push(id);
      if (id === '') continue;
      table.ordinals.set(id, ordinal);
      table.lengthSum += table.articleLength[ordinal] ?? 0;
      table.countPassages(ordinal, 1);
    }
    return table;
  }

  /** The arrays, as views (copy them to keep them past the next change); `passages`: the next short id. */
  toParts(passages: number): ArticleTableParts {
    const ordinals = this.ids.length;
    return {
      ids: this.ids.map((id, ordinal) => (this.ordinals.get(id) === ordinal ? id : '')),
      articleOf: fitted(this.articleOf, passages, -1),
      passageLengths: this.passageLengths.map((column) => fitted(column, passages, 0)),
      articleLength: this.articleLength.subarray(0, ordinals),
      firstPassage: this.firstPassage.subarray(0, ordinals),
      passageTotal: this.passageTotal.subarray(0, ordinals),
    };
  }

  /** Passages of the articles in the table. */
  get passageCount(): number {
    return this.livePassages;
  }

  /** Average length of a field over the passages that have it (as Lucene's BM25 counts it). */
  averageFieldLength(fieldId: number): number {
    const passages = this.fieldPassages[fieldId] ?? 0;
    return passages > 0 ? (this.fieldLengthSum[fieldId] ?? 0) / passages : 1;
  }

  get articleCount(): number {
    return this.ordinals.size;
  }

  get averageArticleLength(): number {
    return this.ordinals.size > 0 ? this.lengthSum / this.ordinals.size : 1;
  }

  /** The article id at `ordinal`. */
  idAt(ordinal: number): string {
    return this.ids[ordinal] ?? '';
  }

  /** The ordinal of `articleId`, if indexed. */
  ordinalOf(articleId: string): number | undefined {
    return this.ordinals.get(articleId);
  }

  /** The short ids of an article's passages: [first, first + count). */
  passagesOf(ordinal: number): { first: number; count: number } {
    return { first: this.firstPassage[ordinal] ?? 0, count: this.passageTotal[ordinal] ?? 0 };
  }

  /** True while the article at `ordinal` is in the table (it has passages and was not removed). */
  isIndexed(ordinal: number): boolean {
    const first = this.firstPassage[ordinal] ?? 0;
    return (this.passageTotal[ordinal] ?? 0) > 0 && this.articleOf[first] === ordinal;
  }

  /**
   * Orders two articles (by ordinal) by their ids: ties in a ranking then come out the same
   * however the index got where it is.
   */
  compareArticles(a: number, b: number): number {
    const idA = this.idAt(a);
    const idB = this.idAt(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  }

  /** Orders two passages (by short id) by their article's id, then by their place in the article. */
  comparePassages(a: number, b: number): number {
    return this.compareArticles(this.articleOf[a] ?? -1, this.articleOf[b] ?? -1) || a - b;
  }

  /**
   * Records an article whose passages got the short ids [first, first + lengths.length), with
   * their field lengths, and its length, `articleLength`, as the scorer should weigh it.
   */
  add(articleId: string, first: number, lengths: readonly number[][], articleLength: number): void {
    this.remove(articleId);
    const ordinal = this.ids.push(articleId) - 1;
    this.ordinals.set(articleId, ordinal);
    this.firstPassage = growInt(this.firstPassage, ordinal + 1, 0);
    this.passageTotal = growInt(this.passageTotal, ordinal + 1, 0);
    this.firstPassage[ordinal] = first;
    this.passageTotal[ordinal] = lengths.length;
    this.articleLength = growFloat(this.articleLength, ordinal + 1);
    this.articleLength[ordinal] = articleLength;
    this.lengthSum += articleLength;
    this.articleOf = growInt(this.articleOf, first + lengths.length, -1);
    lengths.forEach((fields, offset) => {
      this.articleOf[first + offset] = ordinal;
      fields.forEach((length, fieldId) => {
        const column = growUint(this.passageLengths[fieldId] ?? new Uint32Array(0), first + offset + 1);
        column[first + offset] = length;
        this.passageLengths[fieldId] = column;
      });
    });
    this.countPassages(ordinal, 1);
  }

  /** Removes an article; its passages' short ids say -1 from now on. False when it was not in. */
  remove(articleId: string): boolean {
    const ordinal = this.ordinals.get(articleId);
    if (ordinal === undefined) return false;
    this.countPassages(ordinal, -1);
    const { first, count } = this.passagesOf(ordinal);
    this.articleOf.fill(-1, first, first + count);
    this.lengthSum -= this.articleLength[ordinal] ?? 0;
    this.articleLength[ordinal] = 0;
    this.ordinals.delete(articleId);
    this.removals++;
    return true;
  }

  private countPassages(ordinal: number, sign: 1 | -1): void {
    const first = this.firstPassage[ordinal] ?? 0;
    const end = first + (this.passageTotal[ordinal] ?? 0);
    this.livePassages += sign * (end - first);
    for (let fieldId = 0; fieldId < this.passageLengths.length; fieldId++) {
      const column = this.passageLengths[fieldId] ?? new Uint32Array(0);
      let passages = 0;
      let sum = 0;
      for (let shortId = first; shortId < end; shortId++) {
        const length = column[shortId] ?? 0;
        if (length > 0) {
          passages++;
          sum += length;
        }
      }
      this.fieldPassages[fieldId] = (this.fieldPassages[fieldId] ?? 0) + sign * passages;
      this.fieldLengthSum[fieldId] = (this.fieldLengthSum[fieldId] ?? 0) + sign * sum;
    }
  }
}

/** `array` cut or padded (with `fill`) to `size` entries. */
function fitted<T extends Int32Array | Uint32Array>(array: T, size: number, fill: number): T {
  if (array.length >= size) return array.subarray(0, size) as T;
  const padded = new (array.constructor as new (size: number) => T)(size);
  padded.fill(fill);
  padded.set(array);
  return padded;
}

function capacity(current: number, size: number): number {
  return Math.max(size, current * 2, 256);
}

function growInt(array: Int32Array, size: number, fill: number): Int32Array {
  if (array.length >= size) return array;
  const grown = new Int32Array(capacity(array.length, size)).fill(fill);
  grown.set(array);
  return grown;
}

function growUint(array: Uint32Array, size: number): Uint32Array {
  if (array.length >= size) return array;
  const grown = new Uint32Array(capacity(array.length, size));
  grown.set(array);
  return grown;
}

function growFloat(array: Float64Array, size: number): Float64Array {
  if (array.length >= size) return array;
  const grown = new Float64Array(capacity(array.length, size));
  grown.set(array);
  return grown;
}
