import { FIELD_COUNT, type FrozenSegment, frequencyArray } from './frozen-segment.ts';
import { GrowableArray } from './growable-array.ts';
import { TermDictionary } from './term-dictionary.ts';

/**
 * Builds a frozen segment from passages given in ascending short id order: each posting is
 * appended to flat arrays as (term, field, passage, frequency), then the postings are sorted by
 * term and field in one counting sort, which keeps them in passage order. No map per term and
 * no object per posting: what made building 100,000 articles into minisearch's maps slow.
 */
export class SegmentBuilder {
  private readonly vocabulary = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly termOf = new GrowableArray((size) => new Uint32Array(size));
  private readonly fieldOf = new GrowableArray((size) => new Uint8Array(size));
  private readonly passageOf = new GrowableArray((size) => new Uint32Array(size));
  private readonly frequencyOf = new GrowableArray((size) => new Uint32Array(size));
  /** Per vocabulary id: the stamp of the last field that counted it, and its count there. */
  private seen: Uint32Array = new Uint32Array(1024);
  private counts: Uint32Array = new Uint32Array(1024);
  private stamp = 0;
  private largestFrequency = 0;
  private lastPassage = -1;

  /**
   * Adds one passage's index terms by field (undefined: the passage lacks the field) and returns
   * the field lengths minisearch would record: the distinct terms of each field.
   */
  addPassage(shortId: number, fields: readonly (readonly string[] | undefined)[]): number[] {
    if (shortId <= this.lastPassage) throw new Error('Passages must be added in ascending short id order');
    this.lastPassage = shortId;
    return fields.map((terms, fieldId) => (terms ? this.addField(shortId, fieldId, terms) : 0));
  }

  /** Adds one posting; per term and field, postings must come in ascending passage order. */
  addPosting(term: string, fieldId: number, shortId: number, frequency: number): void {
    this.termOf.push(this.idOf(term));
    this.fieldOf.push(fieldId);
    this.passageOf.push(shortId);
    this.frequencyOf.push(frequency);
    if (frequency > this.largestFrequency) this.largestFrequency = frequency;
  }

  build(): FrozenSegment {
    const sorted = this.words.map((_, id) => id).sort((a, b) => compare(this.words[a], this.words[b]));
    const rank = new Uint32Array(this.words.length);
    sorted.forEach((id, position) => {
      rank[id] = position;
    });
    const starts = new Uint32Array(sorted.length * FIELD_COUNT + 1);
    const total = this.termOf.length;
    for (let n = 0; n < total; n++)
      starts[(rank[this.termOf.at(n)] ?? 0) * FIELD_COUNT + this.fieldOf.at(n) + 1]! += 1;
    for (let key = 1; key < starts.length; key++) starts[key]! += starts[key - 1] ?? 0;
    const next = starts.slice(0, -1);
    const passages = new Uint32Array(total);
    const frequencies = frequencyArray(total, this.largestFrequency);
    for (let n = 0; n < total; n++) {
      const key = (rank[this.termOf.at(n)] ?? 0) * FIELD_COUNT + this.fieldOf.at(n);
      const at = next[key]!++;
      passages[at] = this.passageOf.at(n);
      frequencies[at] = this.frequencyOf.at(n);
    }
    const terms = new TermDictionary(sorted.map((id) => this.words[id] ?? ''));
    return { terms, starts, passages, frequencies };
  }

  private addField(shortId: number, fieldId: number, terms: readonly string[]): number {
    this.stamp += 1;
    const distinct: number[] = [];
    for (const term of terms) {
      const id = this.idOf(term);
      if (this.seen[id] !== this.stamp) {
        this.seen[id] = this.stamp;
        this.counts[id] = 0;
        distinct.push(id);
      }
      this.counts[id]! += 1;
    }
    for (const id of distinct) {
      const frequency = this.counts[id] ?? 0;
      this.termOf.push(id);
      this.fieldOf.push(fieldId);
      this.passageOf.push(shortId);
      this.frequencyOf.push(frequency);
      if (frequency > this.largestFrequency) this.largestFrequency = frequency;
    }
    return distinct.length;
  }

  private idOf(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.words.push(term) - 1;
      this.vocabulary.set(term, id);
      if (id >= this.seen.length) {
        this.seen = grow(this.seen);
        this.counts = grow(this.counts);
      }
    }
    return id;
  }
}

function grow(array: Uint32Array): Uint32Array {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}

function compare(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
