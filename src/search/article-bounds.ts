import {
  type ArticlePostings,
  type ArticlePostingsCache,
  type FieldRange,
  foldByArticle,
} from './article-postings.ts';
import type { ArticleTable } from './article-table.ts';
import { countBits, inverseFrequency } from './bm25.ts';
import { coordinationFactor } from './exact-score.ts';
import { FIELD_COUNT } from './frozen-segment.ts';
import { IdList } from './id-list.ts';
import type { PreparedMatch } from './prepared-match.ts';
import type { SearchTuning } from './search-tuning.ts';
import type { Segments } from './segments.ts';

/** What `ArticleBounds` sums per article, side by side: its own BM25, its passage bound, its terms' bits. */
const OWN = 0;
const PASSAGE = 1;
const SLOTS = 2;
const STRIDE = 4;
/** Above one touched article in this many, `finish` reads every article in order. */
const SCAN_SHARE = 8;

/**
 * For every article a query touches, an upper bound of its score, read from the postings
 * folded by article (`ArticlePostings`): one entry per article and term instead of one per
 * passage.
 * - Its own BM25 is bounded by the folded one (the same frequencies full scoring sums).
 * - Its best passage's share is bounded by the folded passage bounds summed over the query's
 *   terms and fields, times the coordination factor of the distinct query terms the article
 *   holds: no passage holds more of them than its article.
 * So an article holding few of a long query's words gets a small bound, whatever the other
 * articles hold.
 */
export class ArticleBounds {
  /** The touched articles, and their bounds at the same positions. */
  readonly touched = new IdList();
  bounds = new Float64Array(0);
  /** By match (plan order): the article idf full scoring gives it. */
  idf = new Float64Array(0);
  /** By article ordinal × STRIDE; zero between queries. */
  private state = new Float64Array(0);
  private readonly fieldWeights = new Float64Array(FIELD_COUNT);

  constructor(
    private readonly tuning: Readonly<SearchTuning>,
    private readonly cache: ArticlePostingsCache,
  ) {}

  /** Bounds every article the matches touch: `touched` lists them, `bounds` holds their bounds. */
  compute(matches: readonly PreparedMatch[], segments: Segments, table: ArticleTable): void {
    const size = table.articleLength.length * STRIDE;
    if (this.state.length < size) this.state = new Float64Array(size);
    this.touched.clear();
    if (this.idf.length < matches.length) this.idf = new Float64Array(matches.length * 2);
    for (let at = 0; at < matches.length; at++) {
      const match = matches[at] as PreparedMatch;
      const frozen =
        match.frozen >= 0 ? this.cache.get(segments.frozen, match.frozen, match.fields, table) : undefined;
      const live = this.liveFolded(match, segments, table);
      // An article's passages are all frozen or all live: the two sets of articles are apart.
      const idf = inverseFrequency(table.articleCount, (frozen?.ownCount ?? 0) + (live?.ownCount ?? 0));
      this.idf[at] = idf;
      this.fieldWeights.fill(0);
      for (const field of match.fields) this.fieldWeights[field.fieldId] = field.pass.passageWeight;
      if (frozen) this.add(frozen, match.weight * idf, match.bit);
      if (live) this.add(live, match.weight * idf, match.bit);
    }
    this.finish();
  }

  private liveFolded(
    match: PreparedMatch,
    segments: Segments,
    table: ArticleTable,
  ): ArticlePostings | undefined {
    const ranges: FieldRange[] = [];
    for (const { fieldId, live } of match.fields) {
      if (!live) continue;
      const ids = Uint32Array.from(live.keys()).sort();
      // The frozen segment's array type where it holds them: one type keeps the fold's loop fast.
      const largest = Math.max(0, ...live.values());
      const frequencies =
        segments.frozen.frequencies instanceof Uint16Array && largest <= 0xffff
          ? Uint16Array.from(ids, (id) => live.get(id) ?? 0)
          : Uint32Array.from(ids, (id) => live.get(id) ?? 0);
      ranges.push({ fieldId, ids, frequencies, from: 0, to: ids.length });
    }
    return ranges.length > 0 ? foldByArticle(ranges, table, this.tuning) : undefined;
  }

  /** Adds one term's folded postings to the sums of the articles holding it. */
  private add(folded: ArticlePostings, ownWeight: number, bit: number): void {
    const { articles, own, passage, length } = folded;
    const { state, touched, fieldWeights } = this;
    // Text and title carry nearly every term; other fields are added in a second pass.
    const text = passage[0];
    const title = passage[1];
    const textWeight = text ? (fieldWeights[0] as number) : 0;
    const titleWeight = title ? (fieldWeights[1] as number) : 0;
    for (let entry = 0; entry < length; entry++) {
      const at = (articles[entry] as number) * STRIDE;
      const slots = state[at + SLOTS] as number;
      if (slots === 0) touched.push(articles[entry] as number);
      state[at + OWN] = (state[at + OWN] as number) + ownWeight * (own[entry] as number);
      let bound = 0;
      if (text) bound += textWeight * (text[entry] as number);
      if (title) bound += titleWeight * (title[entry] as number);
      state[at + PASSAGE] = (state[at + PASSAGE] as number) + bound;
      state[at + SLOTS] = slots | bit;
    }
    for (let fieldId = 2; fieldId < FIELD_COUNT; fieldId++) {
      const column = passage[fieldId];
      const weight = fieldWeights[fieldId] as number;
      if (!column || weight === 0) continue;
      for (let entry = 0; entry < length; entry++) {
        const at = (articles[entry] as number) * STRIDE + PASSAGE;
        state[at] = (state[at] as number) + weight * (column[entry] as number);
      }
    }
  }

  /**
   * Turns the sums into bounds, and zeroes them for the next query. The bits count every term
   * the article holds in any field: more than either part may count, so still a bound.
   */
  private finish(): void {
    const { state, touched } = this;
    if (this.bounds.length < touched.length) this.bounds = new Float64Array(touched.ids.length);
    const articles = state.length / STRIDE;
    // A long query touches most articles: reading them all in order beats jumping between them.
    if (touched.length * SCAN_SHARE > articles) this.finishInOrder(articles);
    else this.finishTouched();
  }

  private finishTouched(): void {
    const { touched, bounds } = this;
    const ids = touched.ids;
    for (let index = 0; index < touched.length; index++) {
      bounds[index] = this.boundAt((ids[index] as number) * STRIDE);
    }
  }

  /** `finishTouched` over every article in order; the touched come out in order too. */
  private finishInOrder(articles: number): void {
    const { state, touched, bounds } = this;
    const ids = touched.ids;
    let index = 0;
    for (let article = 0; article < articles; article++) {
      const at = article * STRIDE;
      if (state[at + SLOTS] === 0) continue;
      ids[index] = article;
      bounds[index] = this.boundAt(at);
      index++;
    }
  }

  /** The bound of the article whose sums are at `at`; zeroes them. */
  private boundAt(at: number): number {
    const { state } = this;
    const { coordination, article } = this.tuning;
    const terms = countBits(state[at + SLOTS] as number);
    let own = state[at + OWN] as number;
    if (article.coordination !== 0) own *= coordinationFactor(terms, article.coordination);
    let passage = state[at + PASSAGE] as number;
    if (coordination !== 0) passage *= coordinationFactor(terms, coordination);
    state[at + OWN] = 0;
    state[at + PASSAGE] = 0;
    state[at + SLOTS] = 0;
    return own + article.bestPassageWeight * passage;
  }
}
