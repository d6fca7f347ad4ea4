import type { AnswerRecord } from '../store/feedback-store.ts';
import { contentWords } from './content-words.ts';

/** Unanswered questions worded alike: they share content words. */
export interface QuestionGroup {
  /** The content words most of the group's questions share, most common first. */
  words: string[];
  questions: AnswerRecord[];
}

/**
 * Groups refused questions by shared content words: a question joins the first group whose
 * words it shares at least half of (of the shorter side, and at least one word); groups come
 * largest first, then most recent. Questions with no content word each stand alone.
 */
export function groupQuestions(refusals: AnswerRecord[]): QuestionGroup[] {
  const groups: Array<{ counts: Map<string, number>; questions: AnswerRecord[] }> = [];
  for (const record of [...refusals].sort((a, b) => (a.askedAt > b.askedAt ? -1 : 1))) {
    const words = contentWords(record.question);
    const home = groups.find((group) => sharesEnough(words, group.counts, group.questions.length));
    const group = home ?? { counts: new Map<string, number>(), questions: [] };
    if (!home) groups.push(group);
    group.questions.push(record);
    for (const word of words) group.counts.set(word, (group.counts.get(word) ?? 0) + 1);
  }
  return groups
    .map(({ counts, questions }) => ({ words: commonWords(counts, questions.length), questions }))
    .sort((a, b) => b.questions.length - a.questions.length);
}

function sharesEnough(words: string[], counts: Map<string, number>, size: number): boolean {
  if (words.length === 0) return false;
  // The group's words: those in at least half of its questions, so one odd question does not widen it.
  const core = [...counts].filter(([, n]) => n * 2 >= size).map(([word]) => word);
  const shared = words.filter((word) => core.includes(word)).length;
  return shared >= 1 && shared * 2 >= Math.min(words.length, core.length);
}

/** The content words most of `questions` share, most common first (what a group is "about"). */
export function sharedWords(questions: AnswerRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const question of questions)
    for (const word of contentWords(question.question)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return commonWords(counts, questions.length);
}

function commonWords(counts: Map<string, number>, size: number): string[] {
  return [...counts]
    .filter(([, n]) => size === 1 || n * 2 >= size)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([word]) => word);
}
