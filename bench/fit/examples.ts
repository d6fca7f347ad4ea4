// Candidates and labels for every question, gathered once: fitting and scoring many models reuse them.
import { type AnswerOptions, cannotHoldAnswer, replyFor } from '../../src/answer/answer-question.ts';
import { chooseAnswer } from '../../src/answer/choose-answer.ts';
import { gatherCandidates, type PreparedQuestion } from '../../src/answer/gather-candidates.ts';
import { bundledAnswerModel } from '../../src/answer/ranker/model.ts';
import type { AnswerReply, NoAnswerReply } from '../../src/replies/reply.ts';
import type { Dataset, LabelledQuestion } from './datasets.ts';

export interface Example {
  labelled: LabelledQuestion;
  prepared: PreparedQuestion;
  /** 1 for a candidate sentence that holds a gold span in the gold article. */
  labels: number[];
}

export const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The text holds a gold answer as whole words: the answer "Ise" is not held by "exercises", nor
 * "one" by "someone" (SQuAD's own scoring compares tokens, not characters).
 */
export function holdsGoldSpan(text: string, answers: string[]): boolean {
  const normalized = normalize(text);
  return answers.some((answer) => {
    const wanted = normalize(answer);
    if (!wanted) return false;
    for (let at = normalized.indexOf(wanted); at >= 0; at = normalized.indexOf(wanted, at + 1)) {
      const before = normalized[at - 1] ?? ' ';
      const after = normalized[at + wanted.length] ?? ' ';
      if (!isWordCharacter(before) && !isWordCharacter(after)) return true;
    }
    return false;
  });
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character);
}

export function gatherExamples(datasets: Dataset[], articles?: number): Example[] {
  return datasets.flatMap(({ kb, questions }) =>
    questions.map((labelled) => {
      const prepared = gatherCandidates(kb, labelled.question, articles);
      const labels = prepared.candidates.map((candidate) => {
        const { item } = candidate.retrieved;
        const inGoldArticle = labelled.article === null || item.article.id === labelled.article;
        const text = item.sentences[candidate.index]?.text ?? '';
        return labelled.answers.length > 0 && inGoldArticle && holdsGoldSpan(text, labelled.answers) ? 1 : 0;
      });
      return { labelled, prepared, labels };
    }),
  );
}

/** How one question came out under one model. */
export interface Outcome {
  example: Example;
  reply: AnswerReply | NoAnswerReply;
  answerable: boolean;
  /** The answer (or, for a refusal, the answer it would have given) holds a gold span. */
  rightIfAnswered: boolean;
  answered: boolean;
  citesGold: boolean;
  confidence: number;
  /** Refused whatever the confidence (a figure or date asked for, none in the sentence). */
  blocked: boolean;
}

export function outcomeOf(example: Example, options: AnswerOptions): Outcome {
  const { labelled, prepared } = example;
  const reply = replyFor(prepared, options);
  const forced = reply.kind === 'answer' ? reply : replyFor(prepared, { ...options, minConfidence: 0 });
  const answerable = labelled.answers.length > 0;
  const rightIfAnswered =
    answerable && forced.kind === 'answer' && holdsGoldSpan(forced.text, labelled.answers);
  return {
    example,
    reply,
    answerable,
    rightIfAnswered,
    answered: reply.kind === 'answer',
    citesGold: forced.kind === 'answer' && forced.citations[0]?.articleId === labelled.article,
    confidence: forced.kind === 'answer' ? forced.confidence : 0,
    blocked: isBlocked(example, options),
  };
}

function isBlocked(example: Example, options: AnswerOptions): boolean {
  const { ranked } = chooseAnswer(example.prepared, options.model ?? bundledAnswerModel());
  return ranked[0] !== undefined && cannotHoldAnswer(example.prepared, ranked[0]);
}
