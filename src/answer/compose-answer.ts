import type { AnalyzedArticle, Sentence } from '../analysis/types.ts';
import type { AnswerReply, Citation } from '../replies/reply.ts';
import { leansOnPrevious } from '../summarize/eligibility.ts';
import { citationOf } from './citations.ts';
import type { Candidate } from './gather-candidates.ts';

/**
 * A neighbouring sentence joins the answer when the ranker scores it within this much (in log
 * odds) of the winner: both read as answering, and the pair is still short.
 */
export const COMPANION_GAP = 1;

/**
 * The answer reply for the winning candidate: its sentence, with the one before when it opens
 * leaning on it, or else the better-scored neighbouring sentence when that scores close to it (at
 * most two sentences, verbatim), the better-fitting typed span of the two as highlight, and the
 * answer's article cited first.
 */
export function composeAnswer(question: string, ranked: Candidate[], confidence: number): AnswerReply {
  const best = ranked[0]!;
  const { item } = best.retrieved;
  const sentence = item.sentences[best.index]!;
  const companion = companionIndex(best, ranked);
  const chosen = companion === undefined ? [sentence] : orderedPair(item, best.index, companion);
  const highlight = highlightOf(keySpanCandidate(best, ranked, companion));
  return {
    kind: 'answer',
    question,
    text: joinSentences(chosen),
    ...(highlight ? { highlight } : {}),
    confidence: round(confidence),
    citations: [citationOf(item, sentence.text), ...corroborations(best, ranked, highlight)],
  };
}

function companionIndex(best: Candidate, ranked: Candidate[]): number | undefined {
  const { sentences } = best.retrieved.item;
  const sentence = sentences[best.index]!;
  const previous = sentences[best.index - 1];
  if (previous && previous.paragraph === sentence.paragraph && leansOnPrevious(sentence)) {
    return best.index - 1;
  }
  // Ranked best first, so the first neighbour found is the better-scored one. It may sit in the
  // next or previous paragraph: news copy gives most sentences a paragraph of their own, and the
  // sentence after "The Army awarded the option on May 6" is the one that says what it bought.
  const neighbour = ranked.find(
    (candidate) => candidate.retrieved === best.retrieved && Math.abs(candidate.index - best.index) === 1,
  );
  return neighbour && neighbour.score >= best.score - COMPANION_GAP ? neighbour.index : undefined;
}

/**
 * Whose typed span is the key span: the winner's, unless the companion sentence holds a span that
 * fits the asked kind better ("how many" meets "$237.9M" in the winner, "1,648 missiles" next to it).
 */
function keySpanCandidate(best: Candidate, ranked: Candidate[], companion: number | undefined): Candidate {
  if (companion === undefined) return best;
  const other = ranked.find(
    (candidate) => candidate.retrieved === best.retrieved && candidate.index === companion,
  );
  if (!other?.highlight) return best;
  return !best.highlight || other.features.typeFit > best.features.typeFit ? other : best;
}

function highlightOf(candidate: Candidate): string {
  if (!candidate.highlight) return '';
  const { text } = candidate.retrieved.item.sentences[candidate.index]!;
  return text.slice(candidate.highlight.start, candidate.highlight.end).trim();
}

function orderedPair(item: AnalyzedArticle, a: number, b: number): Sentence[] {
  return [item.sentences[Math.min(a, b)]!, item.sentences[Math.max(a, b)]!];
}

function joinSentences(sentences: Sentence[]): string {
  return sentences.map((sentence) => sentence.text.trim()).join(' ');
}

/** Other articles whose own best sentence gives the same span: cited after the answer's article. */
function corroborations(best: Candidate, ranked: Candidate[], highlight: string): Citation[] {
  if (!highlight) return [];
  const wanted = highlight.toLowerCase();
  const seen = new Set([best.retrieved.item.article.id]);
  const citations: Citation[] = [];
  for (const candidate of ranked) {
    const { item } = candidate.retrieved;
    // Within a factor of e of the winner's odds: a close second reading, not a stray mention.
    if (seen.has(item.article.id) || candidate.score < best.score - 1) continue;
    const text = item.sentences[candidate.index]!.text;
    if (!text.toLowerCase().includes(wanted)) continue;
    seen.add(item.article.id);
    citations.push(citationOf(item, text));
    if (citations.length === 2) break;
  }
  return citations;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
