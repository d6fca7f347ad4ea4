/**
 * For each indexed passage (by minisearch short id): its article and field lengths; for each
 * article: its passages and its length as one bag of words. Typed arrays, so scoring a query
 * reads them without map lookups. Article ordinals are never reused while the table lives.
 *
 * Counts and average lengths are kept here as sums of whole numbers, so they are exactly the same
 * whatever order articles came and went in: an index updated article by article scores exactly
 * like one built from scratch (minisearch's own running averages drift with the order).
 */
export class ArticleTable {
  /** Article ordinal of each passage short id; -1 when the passage is gone. */
  articleOf = new Int32Array(0);
  /** Index terms per field (by field id) of each passage short id. */
  readonly passageLengths: Float64Array<ArrayBuffer>[];
  /** Length of each article (by ordinal) as one bag of words; 0 once removed. */
  articleLength = new Float64Array(0);
  private readonly ordinals = new Map<string, number>();
  private readonly passagesOf: number[][] = [];
  private readonly ids: string[] = [];
  private lengthSum = 0;
  /** Live passages; and for each field, the passages that have it and the sum of their lengths. */
  private livePassages = 0;
  private readonly fieldPassages: number[];
  private readonly fieldLengthSum: number[];

  constructor(fieldCount: number) {
    this.passageLengths = Array.from({ length: fieldCount }, () => new Float64Array(0));
    this.fieldPassages = new Array<number>(fieldCount).fill(0);
    this.fieldLengthSum = new Array<number>(fieldCount).fill(0);
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
   * Records an article's passages (short ids with their field lengths) and its length,
   * `articleLength`, as the scorer should weigh it.
   */
  add(articleId: string, passages: { shortId: number; lengths: number[] }[], articleLength: number): void {
    this.remove(articleId);
    const ordinal = this.ids.push(articleId) - 1;
    this.ordinals.set(articleId, ordinal);
    this.passagesOf[ordinal] = passages.map((passage) => passage.shortId);
    this.articleLength = grow(this.articleLength, ordinal + 1);
    this.articleLength[ordinal] = articleLength;
    this.lengthSum += articleLength;
    for (const { shortId, lengths } of passages) {
      this.countPassage(lengths, 1);
      this.articleOf = growFilled(this.articleOf, shortId + 1);
      this.articleOf[shortId] = ordinal;
      lengths.forEach((length, fieldId) => {
        const column = grow(this.passageLengths[fieldId] ?? new Float64Array(0), shortId + 1);
        column[shortId] = length;
        this.passageLengths[fieldId] = column;
      });
    }
  }

  remove(articleId: string): void {
    const ordinal = this.ordinals.get(articleId);
    if (ordinal === undefined) return;
    for (const shortId of this.passagesOf[ordinal] ?? []) {
      this.countPassage(
        this.passageLengths.map((column) => column[shortId] ?? 0),
        -1,
      );
      this.articleOf[shortId] = -1;
    }
    this.lengthSum -= this.articleLength[ordinal] ?? 0;
    this.articleLength[ordinal] = 0;
    this.passagesOf[ordinal] = [];
    this.ordinals.delete(articleId);
  }

  private countPassage(lengths: readonly number[], sign: 1 | -1): void {
    this.livePassages += sign;
    lengths.forEach((length, fieldId) => {
      if (length <= 0) return;
      this.fieldPassages[fieldId] = (this.fieldPassages[fieldId] ?? 0) + sign;
      this.fieldLengthSum[fieldId] = (this.fieldLengthSum[fieldId] ?? 0) + sign * length;
    });
  }
}

function grow(array: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  if (array.length >= size) return array;
  const grown = new Float64Array(Math.max(size, array.length * 2, 256));
  grown.set(array);
  return grown;
}

function growFilled(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (array.length >= size) return array;
  const grown = new Int32Array(Math.max(size, array.length * 2, 256)).fill(-1);
  grown.set(array);
  return grown;
}
