// Answer quality on news nobody fitted or designed on: bench/heldout/isaf-qa.jsonl, questions over
// ISAF press releases written blind (by a teammate who had not read the answering code), after the
// features of 2026-12-04 were fixed. Scored with the shipped model only: nothing here is fitted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledAnswerModel } from '../../src/answer/ranker/model.ts';
import { fixedClock } from '../../src/clock.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { type LabelledQuestion, readJsonl } from '../fit/datasets.ts';
import { gatherExamples, outcomeOf } from '../fit/examples.ts';
import {
  intervalText,
  loadDvidsArticles,
  measureInterval,
  percent,
  type QaMetrics,
  qaMetrics,
} from './qa.ts';
import type { ReportSection } from './section.ts';

const QUESTIONS = new URL('../heldout/isaf-qa.jsonl', import.meta.url);
const ISAF = join('corpus', 'isaf', 'isaf_press_releases.jsonl');

interface HeldOutRecord {
  id: string;
  question: string;
  answers: string[];
  /** 1-based line of the release in the ISAF file. */
  line: number;
  kind: string;
}

export async function evalHeldOut(shared: string): Promise<ReportSection> {
  let isafBytes: Buffer;
  try {
    isafBytes = readFileSync(join(shared, ISAF));
  } catch {
    return { name: 'heldout', rows: [], json: null, skipped: `no ${ISAF} under ${shared}` };
  }
  const isaf = parseKnowledgeFile('isaf_press_releases.jsonl', isafBytes).articles;
  // The knowledge base a team following this news would have: the seed, DVIDS and every release.
  const kb = createMemoryKnowledgeBase([...loadDvidsArticles(shared), ...isaf], {
    clock: fixedClock('2026-01-01T00:00:00Z'),
  });
  const records = readJsonl<HeldOutRecord>(QUESTIONS);
  const questions: LabelledQuestion[] = records.map((record) => ({
    id: record.id,
    question: record.question,
    answers: record.answers,
    article: record.answers.length > 0 ? (isaf[record.line - 1]?.id ?? null) : null,
    group: `heldout:${record.line}`,
    dataset: 'heldout',
    material: 'news',
  }));
  const model = bundledAnswerModel();
  const outcomes = gatherExamples([{ name: 'heldout', kb, questions }]).map((example) =>
    outcomeOf(example, { model }),
  );
  const metrics = qaMetrics(outcomes);
  // The interval over releases: how far the same measure could land on other releases like these.
  const interval = (key: keyof QaMetrics) => intervalText(measureInterval([outcomes], key));
  const rows = [
    {
      metric: 'answer holds a gold span',
      value: percent(metrics.answerSpan),
      interval95: interval('answerSpan'),
      target: '85%',
    },
    {
      metric: 'first citation is the gold release',
      value: percent(metrics.goldCitation),
      interval95: interval('goldCitation'),
      target: '90%',
    },
    {
      metric: 'unanswerable refused',
      value: percent(metrics.refusedUnanswerable),
      interval95: interval('refusedUnanswerable'),
      target: '80%',
    },
    {
      metric: 'overall (answered right + refused right)',
      value: percent(metrics.overall),
      interval95: interval('overall'),
      target: '',
    },
    {
      metric: 'answering everything: holds a gold span',
      value: percent(metrics.answerAll),
      interval95: '',
      target: '',
    },
    {
      metric: 'right answers: the highlight is a gold span',
      value: percent(metrics.highlightRight),
      interval95: '',
      target: '',
    },
  ].map((row) => ({ set: `heldout (${metrics.answerable} + ${metrics.unanswerable})`, ...row }));
  const byKind = new Map<string, { questions: number; right: number }>();
  for (const [i, outcome] of outcomes.entries()) {
    const kind = records[i]!.kind;
    const entry = byKind.get(kind) ?? { questions: 0, right: 0 };
    entry.questions++;
    if (outcome.answerable ? outcome.answered && outcome.rightIfAnswered : !outcome.answered) entry.right++;
    byKind.set(kind, entry);
  }
  const notes = ['', 'Held out, right (answered with a gold span, or refused when unanswerable) by kind:'];
  for (const [kind, { questions: n, right }] of [...byKind].sort())
    notes.push(`  ${kind.padEnd(13)} ${right} of ${n}`);
  return {
    name: 'heldout',
    rows,
    json: { metrics, byKind: Object.fromEntries(byKind), threshold: model.threshold },
    notes,
  };
}
