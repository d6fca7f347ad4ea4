import type { ArticleTable } from './article-table.ts';
import { FIELD_COUNT } from './frozen-segment.ts';
import { INDEXED_FIELDS } from './passage-documents.ts';
import type { PreparedMatch } from './prepared-match.ts';
import type { ScoreBuffers } from './score-buffers.ts';
import type { SearchTuning } from './search-tuning.ts';

/**
 * What bounds one query term's contribution to any score: BM25 grows with the term's frequency
 * and shrinks with the length, so the largest frequency and the shortest length among the
 * postings bound every posting's weight. Counted over the indexed (not removed) passages.
 */
export interface TermStatistics {
  /** Articles holding the term in a field that counts for articles: its document frequency. */
  articles: number;
  /** By field id: the largest frequency and the shortest field length among its postings. */
  largestFrequency: Float64Array;
  shortestLength: Float64Array;
  /** Among the articles holding it: the largest weighted frequency and the shortest length. */
  largestArticleFrequency: number;
  shortestArticleLength: number;
}

/** Reads every posting of `match` once, as the scorer would, without scoring. */
export function termStatistics(
  match: PreparedMatch,
  frozenPassages: Uint32Array,
  frozenFrequencies: Uint16Array | Uint32Array,
  table: ArticleTable,
  tuning: Readonly<SearchTuning>,
  buffers: ScoreBuffers,
): TermStatistics {
  const statistics: TermStatistics = {
    articles: 0,
    largestFrequency: new Float64Array(FIELD_COUNT),
    shortestLength: new Float64Array(FIELD_COUNT).fill(Number.POSITIVE_INFINITY),
    largestArticleFrequency: 0,
    shortestArticleLength: Number.POSITIVE_INFINITY,
  };
  const { articleOf, articleLength } = table;
  const { termFrequency, lastMatch, lastField, termArticles } = buffers;
  termArticles.clear();
  const matchStamp = buffers.nextStamp();
  for (const field of match.fields) {
    const { fieldId } = field;
    const name = INDEXED_FIELDS[fieldId] ?? 'text';
    const articleWeight = tuning.article.fields[name];
    // Title and source repeat in every passage: an article counts them once.
    const isRepeated = name !== 'text';
    const lengths = table.passageLengths[fieldId] ?? new Uint32Array(0);
    const fieldStamp = buffers.nextStamp();
    let largest = 0;
    let shortest = Number.POSITIVE_INFINITY;
    const visit = (id: number, frequency: number) => {
      const article = articleOf[id] ?? -1;
      if (article < 0) return;
      if (frequency > largest) largest = frequency;
      const length = lengths[id] ?? 0;
      if (length < shortest) shortest = length;
      if (articleWeight <= 0) return;
      if (lastMatch[article] !== matchStamp) {
        lastMatch[article] = matchStamp;
        termFrequency[article] = 0;
        termArticles.push(article);
      }
      if (isRepeated && lastField[article] === fieldStamp) return;
      lastField[article] = fieldStamp;
      termFrequency[article] = (termFrequency[article] as number) + articleWeight * frequency;
    };
    for (let at = field.from; at < field.to; at++) {
      visit(frozenPassages[at] as number, frozenFrequencies[at] as number);
    }
    for (const [id, frequency] of field.live ?? []) visit(id, frequency);
    statistics.largestFrequency[fieldId] = largest;
    statistics.shortestLength[fieldId] = shortest;
  }
  const articles = termArticles.view();
  statistics.articles = articles.length;
  for (const article of articles) {
    const frequency = termFrequency[article] as number;
    if (frequency > statistics.largestArticleFrequency) statistics.largestArticleFrequency = frequency;
    const length = articleLength[article] ?? 0;
    if (length < statistics.shortestArticleLength) statistics.shortestArticleLength = length;
  }
  termArticles.clear();
  return statistics;
}

/** BM25+'s term weight at its largest for these statistics (0 when no posting is left). */
export function largestTermWeight(
  frequency: number,
  length: number,
  averageLength: number,
  k: number,
  b: number,
  d: number,
): number {
  if (frequency <= 0) return 0;
  return d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength));
}
