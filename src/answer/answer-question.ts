import type { AnalyzedArticle } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { AnswerReply, Citation, NoAnswerReply } from '../replies/reply.ts';
import { citationOf } from './citations.ts';
import { composeAnswer } from './compose-answer.ts';
import { answerConfidence, passesChecks, REFUSAL_THRESHOLD } from './confidence.ts';
import { classifyQuestion, isStrictKind } from './question-intent.ts';
import { questionTerms } from './question-terms.ts';
import { quoteCandidates } from './quote-candidates.ts';
import { type Candidate, rankSentences } from './rank-sentences.ts';
import { type RetrievedArticle, retrieveArticles } from './retrieve.ts';
import { termStatsFor } from './term-stats.ts';

export interface AnswerOptions {
  /** Answers below this confidence are refused (default REFUSAL_THRESHOLD). */
  minConfidence?: number;
  /** Articles whose sentences compete for the answer (default 3). */
  articles?: number;
}

export const NO_ANSWER_MESSAGE = 'I could not find that in the knowledge base.';

/**
 * Answers a question with one or two sentences quoted verbatim from the knowledge base, citing
 * the article they come from, or refuses with `qa.noMatch` and the closest articles. A question
 * that asks for a person, place, date, number or someone's words is only answered by a sentence
 * that holds such a span beyond the question's own words; every answer must clear the calibrated
 * confidence threshold.
 */
export function answerQuestion(
  kb: KnowledgeBase,
  question: string,
  options: AnswerOptions = {},
): AnswerReply | NoAnswerReply {
  const intent = classifyQuestion(question);
  const terms = questionTerms(question, termStatsFor(kb));
  const retrieved = retrieveArticles(kb, question, { articles: options.articles ?? 3 });
  const ranked =
    intent.kind === 'quote'
      ? quoteCandidates(kb, intent, terms, retrieved)
      : rankSentences(retrieved, terms, intent);
  const best = ranked[0];
  if (!best) return noAnswer(question, 0, closestArticles(ranked, retrieved));
  const confidence = answerConfidence({
    best,
    runnerUp: runnerUpOf(ranked),
    isTyped: isStrictKind(intent.kind),
    isQuote: intent.kind === 'quote',
  });
  if (
    !passesChecks(best, isStrictKind(intent.kind)) ||
    confidence < (options.minConfidence ?? REFUSAL_THRESHOLD)
  ) {
    return noAnswer(question, confidence, closestArticles(ranked, retrieved));
  }
  return composeAnswer(question, ranked, confidence);
}

/** The best candidate that would give a different answer: another span, or another passage. */
export function runnerUpOf(ranked: Candidate[]): Candidate | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const answerOf = (candidate: Candidate) => {
    const sentence = candidate.retrieved.item.sentences[candidate.index]!;
    return candidate.highlight
      ? sentence.text.slice(candidate.highlight.start, candidate.highlight.end).toLowerCase()
      : `${candidate.retrieved.item.article.id}#${candidate.index}`;
  };
  const answer = answerOf(best);
  return ranked.find((candidate) => answerOf(candidate) !== answer && !isNeighbour(candidate, best));
}

function isNeighbour(a: Candidate, b: Candidate): boolean {
  return a.retrieved === b.retrieved && Math.abs(a.index - b.index) <= 1 && !a.highlight;
}

function noAnswer(question: string, confidence: number, closest: Citation[]): NoAnswerReply {
  return {
    kind: 'noAnswer',
    code: 'qa.noMatch',
    question,
    message: NO_ANSWER_MESSAGE,
    confidence: Math.round(confidence * 1000) / 1000,
    closest,
  };
}

/**
 * Up to three articles nearest the question, in retrieval order, each cited with its best
 * candidate sentence (or its best-matching passage's first sentence when none was a candidate).
 */
function closestArticles(ranked: Candidate[], retrieved: RetrievedArticle[]): Citation[] {
  const bestSentence = new Map<string, string>();
  for (const candidate of ranked) {
    const { item } = candidate.retrieved;
    if (!bestSentence.has(item.article.id))
      bestSentence.set(item.article.id, item.sentences[candidate.index]!.text);
  }
  const articles = retrieved.length > 0 ? retrieved : ranked.map((candidate) => candidate.retrieved);
  const citations = new Map<string, Citation>();
  for (const { item, passageScores } of articles) {
    if (citations.has(item.article.id)) continue;
    const sentence = bestSentence.get(item.article.id) ?? firstSentenceOfBestPassage(item, passageScores);
    if (sentence) citations.set(item.article.id, citationOf(item, sentence));
  }
  return [...citations.values()].slice(0, 3);
}

function firstSentenceOfBestPassage(
  item: AnalyzedArticle,
  passageScores: Map<string, number>,
): string | undefined {
  const [bestId] = [...passageScores.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const passage = item.passages.find((candidate) => candidate.id === bestId) ?? item.passages[0];
  return (passage?.sentences[0] ?? item.sentences[0])?.text;
}
