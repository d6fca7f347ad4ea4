// Answer quality, out of fold: each question is answered by a model fitted without its article's
// questions (k-fold by article over bench/squad2 and shared/eval/qa.jsonl), beside the shipped model.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledAnswerModel } from '../../src/answer/ranker/model.ts';
import { fixedClock } from '../../src/clock.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { trainingDatasets } from '../fit/datasets.ts';
import {
  type Example,
  gatherExamples,
  holdsGoldSpan,
  normalize,
  type Outcome,
  outcomeOf,
} from '../fit/examples.ts';
import { fitAnswerModel, SEED } from '../fit/fit-model.ts';
import { assignFolds } from '../fit/folds.ts';
import { type GroupedScore, groupBootstrapInterval } from './interval.ts';
import type { ReportSection } from './section.ts';

export const SEED_FILE = '000_7d9d51401f966fbd.txt';
/** Outer folds: every question is scored by a model that never saw its article. */
export const OUTER_FOLDS = 5;
/**
 * The folds are dealt three ways and every figure is the mean over the three: with 119 answerable
 * news questions, which articles share a fold alone moved the news figure by up to 6.7 points.
 */
export const FOLD_SEEDS = [SEED, SEED + 1, SEED + 2];

/** The seed plus every DVIDS article, ids being the file names without extension. */
export function loadDvidsArticles(shared: string): Article[] {
  const seed = join(shared, 'seeds', SEED_FILE);
  const dvids = join(shared, 'corpus', 'dvids');
  const files = [
    { rel: SEED_FILE, path: seed },
    ...readdirSync(dvids)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({ rel: name, path: join(dvids, name) })),
  ];
  return files.flatMap(({ rel, path }) => parseKnowledgeFile(rel, readFileSync(path)).articles);
}

/** The knowledge base the QA evaluation runs on (fixed clock, so runs repeat exactly). */
export function dvidsKnowledgeBase(shared: string): KnowledgeBase {
  return createMemoryKnowledgeBase(loadDvidsArticles(shared), { clock: fixedClock('2026-01-01T00:00:00Z') });
}

/** Each question answered by the model of the fold that left its article out. */
export function outOfFold(examples: Example[], k = OUTER_FOLDS, seed = SEED): Outcome[] {
  const folds = assignFolds(
    examples.map((example) => example.labelled.group),
    k,
    seed,
  );
  const outcomes = new Map<Example, Outcome>();
  for (let fold = 0; fold < k; fold++) {
    const inFold = (example: Example) => folds.get(example.labelled.group) === fold;
    const model = fitAnswerModel(examples.filter((example) => !inFold(example)));
    for (const example of examples.filter(inFold)) outcomes.set(example, outcomeOf(example, { model }));
  }
  return examples.map((example) => outcomes.get(example)!);
}

export interface QaMetrics {
  questions: number;
  answerable: number;
  unanswerable: number;
  /** Answerable questions answered with a gold span, over answerable questions. */
  answerSpan: number;
  /** Answerable questions answered citing the gold article first. */
  goldCitation: number;
  refusedUnanswerable: number;
  /** Answered right plus refused unanswerable, over all questions. */
  overall: number;
  /** What answering nothing would score overall. */
  refuseAll: number;
  /** Retrieval alone: the gold article is the first one retrieved, over answerable questions. */
  retrievalFirst: number;
  /** Answering every question, confidence ignored: the answer holds a gold span, over answerable questions. */
  answerAll: number;
  /**
   * Answers given as two sentences, over answers given: a longer answer holds a gold span more
   * often, so a change that lengthens answers shows here beside the gain it buys.
   */
  twoSentences: number;
  /**
   * Of the right answers with a highlighted span, those whose span is a gold answer or lies
   * within one ("1,648" in "1,648 missiles"): the bold part is what the reader takes away.
   */
  highlightRight: number;
}

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

interface Measure {
  counts: (o: Outcome) => boolean;
  right: (o: Outcome) => boolean;
}

/**
 * Which questions a measure counts, and when one counts as right: the one definition behind both
 * the figure (`qaMetrics`) and its interval (`measureInterval`).
 */
const MEASURES = {
  answerSpan: { counts: (o) => o.answerable, right: (o) => o.answered && o.rightIfAnswered },
  goldCitation: { counts: (o) => o.answerable, right: (o) => o.answered && o.citesGold },
  refusedUnanswerable: { counts: (o) => !o.answerable, right: (o) => !o.answered },
  overall: {
    counts: () => true,
    right: (o) => (o.answerable ? o.answered && o.rightIfAnswered : !o.answered),
  },
} satisfies Partial<Record<keyof QaMetrics, Measure>>;

/** The share of the questions a measure counts that came out right. */
function measureShare(outcomes: Outcome[], measure: Measure): number {
  const counted = outcomes.filter(measure.counts);
  return share(counted.filter(measure.right).length, counted.length);
}

export function qaMetrics(outcomes: Outcome[]): QaMetrics {
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  const answered = outcomes.filter((o) => o.answered);
  const highlighted = answerable.filter(
    (o) => o.answered && o.rightIfAnswered && o.reply.kind === 'answer' && o.reply.highlight,
  );
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    answerSpan: measureShare(outcomes, MEASURES.answerSpan),
    goldCitation: measureShare(outcomes, MEASURES.goldCitation),
    refusedUnanswerable: measureShare(outcomes, MEASURES.refusedUnanswerable),
    overall: measureShare(outcomes, MEASURES.overall),
    refuseAll: share(unanswerable.length, outcomes.length),
    retrievalFirst: share(
      answerable.filter(
        (o) => o.example.prepared.retrieved[0]?.item.article.id === o.example.labelled.article,
      ).length,
      answerable.length,
    ),
    answerAll: share(answerable.filter((o) => o.rightIfAnswered).length, answerable.length),
    twoSentences: share(answered.filter(isTwoSentences).length, answered.length),
    highlightRight: share(highlighted.filter(highlightsGold).length, highlighted.length),
  };
}

/** The answer holds more than the winning sentence, which its first citation quotes. */
function isTwoSentences(outcome: Outcome): boolean {
  const { reply } = outcome;
  if (reply.kind !== 'answer') return false;
  return reply.text.trim().length > (reply.citations[0]?.sentence.trim().length ?? 0) + 1;
}

/** The highlighted span is a gold answer, lies within one, or holds one as whole words. */
function highlightsGold(outcome: Outcome): boolean {
  const { reply } = outcome;
  if (reply.kind !== 'answer' || !reply.highlight) return false;
  const highlight = normalize(reply.highlight);
  const answers = outcome.example.labelled.answers;
  return answers.some((answer) => normalize(answer).includes(highlight)) || holdsGoldSpan(highlight, answers);
}

/** Confidence bucket against how often the winning sentence was in fact right. */
export function reliability(outcomes: Outcome[], buckets = 10) {
  return Array.from({ length: buckets }, (_, i) => {
    const low = i / buckets;
    const high = (i + 1) / buckets;
    const inside = outcomes.filter(
      (o) => o.confidence >= low && (o.confidence < high || (i === buckets - 1 && o.confidence <= 1)),
    );
    return {
      bucket: `${low.toFixed(1)}-${high.toFixed(1)}`,
      questions: inside.length,
      meanConfidence: share(
        inside.reduce((sum, o) => sum + o.confidence, 0),
        inside.length,
      ),
      accuracy: share(inside.filter((o) => o.rightIfAnswered).length, inside.length),
    };
  });
}

/** What each threshold would give: the answer/refusal trade-off. */
export function tradeOff(outcomes: Outcome[]) {
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  return Array.from({ length: 19 }, (_, i) => {
    const threshold = (i + 1) * 0.05;
    const answers = (o: Outcome) => !o.blocked && o.confidence >= threshold;
    const right = answerable.filter((o) => answers(o) && o.rightIfAnswered).length;
    const refused = unanswerable.filter((o) => !answers(o)).length;
    const answered = outcomes.filter(answers);
    return {
      threshold: Number(threshold.toFixed(2)),
      answered: share(answered.length, outcomes.length),
      precision: share(answered.filter((o) => o.rightIfAnswered).length, answered.length),
      answerSpan: share(right, answerable.length),
      refusedUnanswerable: share(refused, unanswerable.length),
      overall: share(right + refused, outcomes.length),
    };
  });
}

export const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * The 95% interval of a measure over the questions' articles (`groupBootstrapInterval`), each
 * question scored by the share of the runs it came out right in: runs are aligned question by
 * question (several fold assignments, or one model's run).
 */
export function measureInterval(runs: Outcome[][], key: keyof QaMetrics): [number, number] | undefined {
  const measure = (MEASURES as Partial<Record<keyof QaMetrics, Measure>>)[key];
  if (!measure || runs.length === 0) return undefined;
  const scores: GroupedScore[] = [];
  for (const [i, first] of runs[0]!.entries()) {
    if (!measure.counts(first)) continue;
    const right = runs.filter((run) => measure.right(run[i]!)).length;
    scores.push({ group: first.example.labelled.group, value: right / runs.length });
  }
  return groupBootstrapInterval(scores);
}

export const intervalText = (interval: [number, number] | undefined) =>
  interval ? `${percent(interval[0])}-${percent(interval[1])}` : '';

/** Each measure's mean over the fold assignments, and its lowest and highest. */
function meanMetrics(runs: QaMetrics[]): { mean: QaMetrics; low: QaMetrics; high: QaMetrics } {
  const keys = Object.keys(runs[0]!) as Array<keyof QaMetrics>;
  const fold = (pick: (values: number[]) => number) =>
    Object.fromEntries(keys.map((key) => [key, pick(runs.map((run) => run[key]))])) as unknown as QaMetrics;
  return {
    mean: fold((values) => values.reduce((a, b) => a + b, 0) / values.length),
    low: fold((values) => Math.min(...values)),
    high: fold((values) => Math.max(...values)),
  };
}

function describe(outcome: Outcome): string {
  const { reply } = outcome;
  if (reply.kind === 'noAnswer') return `refused (confidence ${reply.confidence})`;
  const cited = reply.citations[0]?.articleId ?? '-';
  return `answered ${JSON.stringify(reply.highlight ?? reply.text.slice(0, 80))} from ${cited} (confidence ${reply.confidence})`;
}

export async function evalQa(shared: string): Promise<ReportSection> {
  const datasets = trainingDatasets(shared);
  if (datasets.length === 0) return { name: 'qa', rows: [], json: null, skipped: 'no QA questions found' };
  const examples = gatherExamples(datasets);
  const runs = FOLD_SEEDS.map((seed) => outOfFold(examples, OUTER_FOLDS, seed));
  // Reliability, trade-off and misses are read off the first assignment; the figures are means.
  const oof = runs[0]!;
  const shipped = bundledAnswerModel();
  const inSample = examples.map((example) => outcomeOf(example, { model: shipped }));
  const rows: Array<Record<string, string | number>> = [];
  const json: Record<string, unknown> = {
    folds: OUTER_FOLDS,
    foldSeeds: FOLD_SEEDS,
    threshold: shipped.threshold,
  };
  for (const { name } of datasets) {
    const pick = (outcomes: Outcome[]) => outcomes.filter((o) => o.example.labelled.dataset === name);
    const setRuns = runs.map(pick);
    const perSeed = setRuns.map(qaMetrics);
    const { mean: out, low, high } = meanMetrics(perSeed);
    const inside = qaMetrics(pick(inSample));
    const metric = (label: string, key: keyof QaMetrics, target: string) =>
      rows.push({
        set: name,
        metric: label,
        outOfFold: percent(out[key]),
        range: low[key] === high[key] ? '' : `${percent(low[key])}-${percent(high[key])}`,
        interval95: intervalText(measureInterval(setRuns, key)),
        inSample: percent(inside[key]),
        target,
      });
    // The targets are set on SQuAD and qa.jsonl; the training-only news set has none of its own.
    const target = (squad: string, qa: string) => (name === 'squad2' ? squad : name === 'qa' ? qa : '');
    metric('answer holds a gold span', 'answerSpan', target('72%', '85%'));
    metric('first citation is the gold article', 'goldCitation', target('', '90%'));
    metric('unanswerable refused', 'refusedUnanswerable', target('45%', '80%'));
    metric('overall (answered right + refused right)', 'overall', target('58%', ''));
    metric('answering nothing, overall', 'refuseAll', '');
    metric('gold article retrieved first', 'retrievalFirst', '');
    metric('answering everything: holds a gold span', 'answerAll', '');
    metric('answers given in two sentences', 'twoSentences', '');
    metric('right answers: the highlight is a gold span', 'highlightRight', '');
    json[name] = {
      outOfFold: out,
      outOfFoldBySeed: perSeed,
      inSample: inside,
      reliability: reliability(pick(oof)),
      tradeOff: tradeOff(pick(oof)),
      misses: pick(oof)
        .filter((o) => (o.answerable ? !(o.answered && o.rightIfAnswered) : o.answered))
        .map((o) => `${o.example.labelled.id} ${describe(o)}`),
    };
  }
  const notes = ['', 'Reliability, out of fold (all questions): confidence bucket vs share right'];
  for (const row of reliability(oof)) {
    notes.push(
      `  ${row.bucket}  n=${String(row.questions).padStart(4)}  mean ${row.meanConfidence.toFixed(2)}  right ${percent(row.accuracy)}`,
    );
  }
  for (const { name } of datasets) {
    notes.push(
      '',
      `Answer/refusal trade-off, out of fold, ${name}: threshold → answered, precision, span, refused, overall`,
    );
    for (const row of tradeOff(oof.filter((o) => o.example.labelled.dataset === name))) {
      const mark =
        Math.abs(row.threshold - shipped.threshold) < 0.025 ? '  ← nearest the fitted threshold' : '';
      notes.push(
        `  ${row.threshold.toFixed(2)}  ${percent(row.answered)}  ${percent(row.precision)}  ${percent(row.answerSpan)}  ${percent(row.refusedUnanswerable)}  ${percent(row.overall)}${mark}`,
      );
    }
  }
  json.reliability = reliability(oof);
  return { name: 'qa', rows, json, notes };
}
