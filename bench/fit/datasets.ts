// The questions the answer model is fitted and evaluated on, each with the knowledge base it is asked of.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../src/clock.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { dvidsKnowledgeBase } from '../eval/qa.ts';

export interface LabelledQuestion {
  id: string;
  question: string;
  /** Gold answer spans; empty when the knowledge base does not answer. */
  answers: string[];
  /** The article that answers, when one does. */
  article: string | null;
  /** Questions of one group are never split between fitting and scoring (k-fold by article). */
  group: string;
  dataset: string;
  /**
   * The kind of text asked of ('news', 'encyclopedia'): each kind weighs the same when the refusal
   * threshold is chosen, however many question sets bring it.
   */
  material: string;
}

export interface Dataset {
  name: string;
  kb: KnowledgeBase;
  questions: LabelledQuestion[];
}

export function readJsonl<T>(path: string | URL): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** SQuAD 2.0 paragraphs as a knowledge folder; a group is a Wikipedia article (all its paragraphs). */
export function loadSquad(shared: string): Dataset | undefined {
  const dir = join(shared, 'bench', 'squad2');
  if (!existsSync(join(dir, 'questions.jsonl'))) return undefined;
  const articles = parseKnowledgeFile('knowledge.jsonl', readFileSync(join(dir, 'knowledge.jsonl'))).articles;
  const kb = createMemoryKnowledgeBase(articles, { clock: fixedClock('2026-01-01T00:00:00Z') });
  const records = readJsonl<{
    id: string;
    question: string;
    article: string;
    answers: string[];
    unanswerable: boolean;
  }>(join(dir, 'questions.jsonl'));
  return {
    name: 'squad2',
    kb,
    questions: records.map((record) => ({
      id: record.id,
      question: record.question,
      answers: record.unanswerable ? [] : record.answers,
      article: record.unanswerable ? null : record.article,
      group: `squad2:${record.article.replace(/-\d+$/, '')}`,
      dataset: 'squad2',
      material: 'encyclopedia',
    })),
  };
}

/** shared/eval/qa.jsonl over the seed and DVIDS; a group is an article (an unanswerable question its own). */
export function loadDvidsQa(shared: string): Dataset | undefined {
  const path = join(shared, 'eval', 'qa.jsonl');
  if (!existsSync(path)) return undefined;
  return {
    name: 'qa',
    kb: dvidsKnowledgeBase(shared),
    questions: readJsonl<NewsRecord>(path).map((record) => newsQuestion(record, 'qa', record.id)),
  };
}

/** A question over the seed and DVIDS articles, as qa.jsonl and news-qa.jsonl both write it. */
interface NewsRecord {
  id: string;
  question: string;
  answers: string[];
  /** The article that answers; null when none does. */
  article: string | null;
}

/**
 * A news question labelled for fitting. Every news question set shares one fold group per
 * article ("qa:" + the article), so that out of fold no article is ever on both sides; a question
 * no article answers goes in `unansweredGroup`.
 */
function newsQuestion(record: NewsRecord, dataset: string, unansweredGroup: string): LabelledQuestion {
  return {
    id: record.id,
    question: record.question,
    answers: record.answers,
    article: record.answers.length > 0 ? record.article : null,
    group: `qa:${record.article ?? unansweredGroup}`,
    dataset,
    material: 'news',
  };
}

const NEWS_TRAINING = new URL('../training/news-qa.jsonl', import.meta.url);

/**
 * More questions over the same DVIDS articles (bench/training/news-qa.jsonl), written for fitting
 * only: qa.jsonl alone gives the model 131 news questions against SQuAD's 2,828. A question shares
 * its article's group with qa.jsonl (an unanswerable one, the article it is asked about), so that
 * out of fold no article is ever on both sides.
 */
export function loadNewsTraining(shared: string): Dataset | undefined {
  if (!existsSync(join(shared, 'corpus', 'dvids')) || !existsSync(NEWS_TRAINING)) return undefined;
  return {
    name: 'news',
    kb: dvidsKnowledgeBase(shared),
    questions: readJsonl<NewsTrainingRecord>(NEWS_TRAINING).map(newsTrainingQuestion),
  };
}

export interface NewsTrainingRecord extends NewsRecord {
  /** The article the question is asked about, answerable or not. */
  about: string;
}

/** One line of news-qa.jsonl as a labelled question, grouped with its article's qa.jsonl questions. */
export function newsTrainingQuestion(record: NewsTrainingRecord): LabelledQuestion {
  return newsQuestion(record, 'news', record.about);
}

/** Every question set the answer model is fitted on. */
export function trainingDatasets(shared: string): Dataset[] {
  return [loadSquad(shared), loadDvidsQa(shared), loadNewsTraining(shared)].filter(
    (dataset) => dataset !== undefined,
  );
}
