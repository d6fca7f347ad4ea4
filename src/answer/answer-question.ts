import type { AnalyzedArticle } from '../analysis/types.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { AnswerReply, Citation, NoAnswerReply } from '../replies/reply.ts';
import { chooseAnswer } from './choose-answer.ts';
import { citationOf } from './citations.ts';
import { composeAnswer } from './compose-answer.ts';
import { type Candidate, gatherCandidates, type PreparedQuestion } from './gather-candidates.ts';
import type { AnswerKind } from './question-intent.ts';
import { type AnswerModel, bundledAnswerModel } from './ranker/model.ts';
import type { RetrievedArticle } from './retrieve.ts';
import { namesOtherJobLevel } from './subordinate-role.ts';

export interface AnswerOptions {
  /** Answers below this confidence are refused (default: the fitted model's threshold). */
  minConfidence?: number;
  /** Articles whose sentences compete for the answer (default CANDIDATE_ARTICLES). */
  articles?: number;
  /** The fitted model to use (default: the one shipped in src/answer/ranker/answer-model.json). */
  model?: AnswerModel;
}

export const NO_ANSWER_MESSAGE = 'I could not find that in the knowledge base.';

/**
 * Answers a question with one or two sentences quoted verbatim from the knowledge base, citing
 * the article they come from, or refuses with `qa.noMatch` and the closest articles. A fitted
 * ranker picks the sentence; a fitted confidence model says how likely it is to answer, and
 * Sitrep refuses below the model's threshold (see docs/answering.md).
 */
export function answerQuestion(
  kb: KnowledgeBase,
  question: string,
  options: AnswerOptions = {},
): AnswerReply | NoAnswerReply {
  return replyFor(gatherCandidates(kb, question, options.articles), options);
}

/** The reply for a question whose candidates are already gathered (the evaluation refits models over them). */
export function replyFor(
  prepared: PreparedQuestion,
  options: AnswerOptions = {},
): AnswerReply | NoAnswerReply {
  const model = options.model ?? bundledAnswerModel();
  const { ranked, confidence } = chooseAnswer(prepared, model);
  const threshold = options.minConfidence ?? model.threshold;
  if (ranked.length === 0 || confidence < threshold || cannotHoldAnswer(prepared, ranked[0]!)) {
    return noAnswer(prepared.question, confidence, closestArticles(ranked, prepared.retrieved));
  }
  return composeAnswer(prepared.question, ranked, confidence);
}

/** Kinds whose spans the detectors find reliably when present: figures, money, shares, dates, spans of time. */
const MEASURED_KINDS = new Set<AnswerKind>(['number', 'money', 'percent', 'duration', 'date', 'day', 'year']);

/**
 * Whether the winning sentence cannot hold what was asked, whatever its confidence: "how many…"
 * or "when…" answered by a sentence holding no figure or date ("on what date…" by none naming a
 * day), "what did X say…" by a sentence that neither quotes X nor names X ("… about Y": or shares
 * no word of Y), or "who is the commander of X" by one that names only X's deputy commander (or
 * the other way round). The sentence may be on topic, but it is not the answer.
 */
export function cannotHoldAnswer(prepared: PreparedQuestion, best: Candidate): boolean {
  const { kind } = prepared.context.intent;
  if (MEASURED_KINDS.has(kind)) return best.features.hasSpan === 0;
  if (kind === 'quote' && prepared.context.speakerWords.length > 0) {
    const offTopic = prepared.context.topic.total > 0 && best.features.quoteTopic === 0;
    return offTopic || (best.features.speakerQuote === 0 && best.features.speakerNamed === 0);
  }
  if (kind === 'person' || kind === 'agent') {
    const sentence = best.retrieved.item.sentences[best.index]?.text ?? '';
    return namesOtherJobLevel(prepared.question, sentence);
  }
  return false;
}

function noAnswer(question: string, confidence: number, closest: Citation[]): NoAnswerReply {
  return {
    kind: 'noAnswer',
    code: 'qa.noMatch',
    question,
    message: NO_ANSWER_MESSAGE,
    // Rounded down, so a refusal never shows a figure at or above the threshold it fell below.
    confidence: Math.floor(confidence * 1000) / 1000,
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
  const citations = new Map<string, Citation>();
  for (const { item, passageScores } of retrieved) {
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
