/**
 * For each indexed passage (by minisearch short id): its article and field lengths; for each
 * article: its passages and its length as one bag of words. Typed arrays, so scoring a query
 * reads them without map lookups. Article ordinals are never reused while the table lives.
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

  constructor(fieldCount: number) {
    this.passageLengths = Array.from({ length: fieldCount }, () => new Float64Array(0));
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
    for (const shortId of this.passagesOf[ordinal] ?? []) this.articleOf[shortId] = -1;
    this.lengthSum -= this.articleLength[ordinal] ?? 0;
    this.articleLength[ordinal] = 0;
    this.passagesOf[ordinal] = [];
    this.ordinals.delete(articleId);
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
