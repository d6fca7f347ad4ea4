import { IdList } from './id-list.ts';

/** Stamps restart before they overflow an Int32Array. */
const STAMP_LIMIT = 2 ** 30;

/**
 * The accumulators of one query, kept from query to query so scoring allocates almost nothing:
 * grown on demand, and zeroed only where the last query wrote.
 */
export class ScoreBuffers {
  /** By passage short id. */
  passageScore = new Float64Array(0);
  passageSlots = new Int32Array(0);
  /** By article ordinal. */
  articleScore = new Float64Array(0);
  articleSlots = new Int32Array(0);
  termFrequency = new Float64Array(0);
  bestPassage = new Int32Array(0);
  /** Stamp of the last match / field that touched each article, to count a term once per article. */
  lastMatch = new Int32Array(0);
  lastField = new Int32Array(0);
  readonly touchedPassages = new IdList();
  readonly touchedArticles = new IdList();
  /** The articles holding the current query term. */
  readonly termArticles = new IdList();
  private stamp = 0;

  /** Makes room for `passages` short ids and `articles` ordinals. */
  prepare(passages: number, articles: number): void {
    if (this.passageScore.length < passages) {
      this.passageScore = new Float64Array(passages);
      this.passageSlots = new Int32Array(passages);
    }
    if (this.articleScore.length < articles) {
      this.articleScore = new Float64Array(articles);
      this.articleSlots = new Int32Array(articles);
      this.termFrequency = new Float64Array(articles);
      this.bestPassage = new Int32Array(articles).fill(-1);
      this.lastMatch = new Int32Array(articles);
      this.lastField = new Int32Array(articles);
    }
    if (this.stamp > STAMP_LIMIT) {
      this.stamp = 0;
      this.lastMatch.fill(0);
      this.lastField.fill(0);
    }
  }

  /** A stamp no article carries yet. */
  nextStamp(): number {
    this.stamp += 1;
    return this.stamp;
  }

  /** Zeroes what the last query touched, ready for the next one. */
  clear(): void {
    const { passageScore, passageSlots, articleScore, articleSlots, bestPassage } = this;
    const passages = this.touchedPassages.ids;
    for (let at = 0; at < this.touchedPassages.length; at++) {
      const id = passages[at] as number;
      passageScore[id] = 0;
      passageSlots[id] = 0;
    }
    const articles = this.touchedArticles.ids;
    for (let at = 0; at < this.touchedArticles.length; at++) {
      const article = articles[at] as number;
      articleScore[article] = 0;
      articleSlots[article] = 0;
      bestPassage[article] = -1;
    }
    this.touchedPassages.clear();
    this.touchedArticles.clear();
  }
}
