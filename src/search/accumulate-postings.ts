import type { ScoreBuffers } from './score-buffers.ts';

/** One query term in one field, as the posting loop reads it: numbers only, for a tight loop. */
export interface FieldPass {
  /** Weight of the term in a passage's score (0: the field does not count for passages). */
  passageWeight: number;
  /** BM25 parameters of passages, and the field's average length. */
  k: number;
  b: number;
  d: number;
  averageLength: number;
  lengths: Uint32Array;
  /** The term's bit among the query's distinct terms. */
  bit: number;
  /** How much the field's words count in an article's bag of words (0: not at all). */
  articleWeight: number;
  /** Title and source repeat in every passage: an article counts them once. */
  isRepeated: boolean;
  matchStamp: number;
  fieldStamp: number;
}

/**
 * Adds the postings [from, to) of `ids` and `frequencies` to the passage scores and the
 * articles' term frequencies. The hot loop of every search: everything it reads is a local
 * or a typed array, and BM25+ is written out as `termWeight` computes it, term for term, so
 * the sums are the same to the last bit.
 */
export function accumulatePostings(
  ids: Uint32Array,
  frequencies: Uint16Array | Uint32Array,
  from: number,
  to: number,
  articleOf: Int32Array,
  buffers: ScoreBuffers,
  pass: FieldPass,
): void {
  const { passageScore, passageSlots, termFrequency, lastMatch, lastField, touchedPassages, termArticles } =
    buffers;
  const { passageWeight, k, b, d, averageLength, lengths, bit, articleWeight, isRepeated } = pass;
  const { matchStamp, fieldStamp } = pass;
  const saturation = k + 1;
  for (let at = from; at < to; at++) {
    const id = ids[at] as number;
    const article = articleOf[id] ?? -1;
    if (article < 0) continue;
    const frequency = frequencies[at] as number;
    if (passageWeight > 0) {
      if (passageSlots[id] === 0) touchedPassages.push(id);
      const length = lengths[id] ?? 0;
      passageScore[id] =
        (passageScore[id] as number) +
        passageWeight *
          (d + (frequency * saturation) / (frequency + k * (1 - b + (b * length) / averageLength)));
      passageSlots[id] = (passageSlots[id] as number) | bit;
    }
    if (articleWeight <= 0) continue;
    if (lastMatch[article] !== matchStamp) {
      lastMatch[article] = matchStamp;
      termFrequency[article] = 0;
      termArticles.push(article);
    }
    if (isRepeated && lastField[article] === fieldStamp) continue;
    lastField[article] = fieldStamp;
    termFrequency[article] = (termFrequency[article] as number) + articleWeight * frequency;
  }
}

/**
 * `accumulatePostings` for the candidates of a pruned passage query only: a posting counts when
 * its passage carries `keepStamp` in `keep`; the others are skipped
 * before any arithmetic. The sums of the candidates are those `accumulatePostings` makes.
 * Kept as a loop of its own rather than a flag on that one: the unpruned loop is the hottest code
 * of a search, and the membership test would cost it on every posting.
 */
export function accumulateCandidates(
  ids: Uint32Array,
  frequencies: Uint16Array | Uint32Array,
  from: number,
  to: number,
  articleOf: Int32Array,
  buffers: ScoreBuffers,
  pass: FieldPass,
  keep: Int32Array,
  keepStamp: number,
): void {
  const { passageScore, passageSlots, termFrequency, lastMatch, lastField, touchedPassages, termArticles } =
    buffers;
  const { passageWeight, k, b, d, averageLength, lengths, bit, articleWeight, isRepeated } = pass;
  const { matchStamp, fieldStamp } = pass;
  const saturation = k + 1;
  for (let at = from; at < to; at++) {
    const id = ids[at] as number;
    const article = articleOf[id] ?? -1;
    if (article < 0 || keep[id] !== keepStamp) continue;
    const frequency = frequencies[at] as number;
    if (passageWeight > 0) {
      if (passageSlots[id] === 0) touchedPassages.push(id);
      const length = lengths[id] ?? 0;
      passageScore[id] =
        (passageScore[id] as number) +
        passageWeight *
          (d + (frequency * saturation) / (frequency + k * (1 - b + (b * length) / averageLength)));
      passageSlots[id] = (passageSlots[id] as number) | bit;
    }
    if (articleWeight <= 0) continue;
    if (lastMatch[article] !== matchStamp) {
      lastMatch[article] = matchStamp;
      termFrequency[article] = 0;
      termArticles.push(article);
    }
    if (isRepeated && lastField[article] === fieldStamp) continue;
    lastField[article] = fieldStamp;
    termFrequency[article] = (termFrequency[article] as number) + articleWeight * frequency;
  }
}
