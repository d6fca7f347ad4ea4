import MiniSearch from 'minisearch';
import { type EngineView, type TermPostings, viewEngine } from './engine-view.ts';
import { engineOptions, INDEXED_FIELDS, type PassageDocument } from './passage-documents.ts';
import type { SearchTuning } from './search-tuning.ts';

/**
 * The passages added since the frozen segment was built, in minisearch: it takes an article in
 * well under a millisecond and removes one exactly. Its short ids continue those of the frozen
 * segment, so one article table covers both. Merged into a new frozen segment from time to time
 * (`SearchIndex.merge`), which keeps it small.
 */
export class LiveSegment {
  private readonly engine: MiniSearch<PassageDocument>;

  constructor(
    /** Passages with a lower short id are in the frozen segment. */
    readonly firstShortId: number,
    tuning: Readonly<SearchTuning>,
  ) {
    this.engine = MiniSearch.loadJS(
      {
        documentCount: 0,
        nextId: firstShortId,
        documentIds: {},
        fieldIds: Object.fromEntries(INDEXED_FIELDS.map((field, fieldId) => [field, fieldId])),
        fieldLength: {},
        averageFieldLength: [],
        storedFields: {},
        dirtCount: 0,
        index: [],
        serializationVersion: 2,
      },
      engineOptions(tuning),
    );
  }

  /** The short id the next passage gets. */
  get nextShortId(): number {
    return this.view().nextId;
  }

  /** Passages held. */
  get size(): number {
    return this.view().documentCount;
  }

  /** Adds an article's passages; returns the first short id and each passage's field lengths. */
  add(documents: readonly PassageDocument[]): { first: number; lengths: number[][] } {
    const first = this.nextShortId;
    this.engine.addAll(documents);
    const { fieldLengths } = this.view();
    const lengths = documents.map((_, offset) =>
      INDEXED_FIELDS.map((_field, fieldId) => fieldLengths.get(first + offset)?.[fieldId] ?? 0),
    );
    return { first, lengths };
  }

  /** Removes passages term by term, as they were added: exact and synchronous. */
  remove(documents: readonly PassageDocument[]): void {
    this.engine.removeAll(documents.filter((document) => this.engine.has(document.id)));
  }

  postings(term: string): TermPostings | undefined {
    const postings = this.view().terms.get(term);
    return postings && postings.size > 0 ? postings : undefined;
  }

  withPrefix(prefix: string): Iterable<[string, TermPostings]> {
    return this.view().terms.atPrefix(prefix);
  }

  /** Terms within `maxDistance` edits of `term`, with their postings and distance. */
  fuzzy(term: string, maxDistance: number): Map<string, [TermPostings, number]> {
    return this.view().terms.fuzzyGet(term, maxDistance);
  }

  /** Every term with postings, sorted. */
  sortedTerms(): string[] {
    const terms: string[] = [];
    for (const [term, postings] of this.view().terms.atPrefix('')) if (postings.size > 0) terms.push(term);
    return terms.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private view(): EngineView {
    return viewEngine(this.engine);
  }
}
