// Answer quality on shared/eval/qa.jsonl over the seed and the DVIDS corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { fixedClock } from '../../src/clock.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import type { AnswerReply, NoAnswerReply } from '../../src/replies/reply.ts';
import type { ReportSection } from './section.ts';

export const SEED_FILE = '000_7d9d51401f966fbd.txt';

interface QaRecord {
  id: string;
  question: string;
  answers: string[];
  article: string | null;
  type: string;
}

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

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function holdsGoldSpan(reply: AnswerReply | NoAnswerReply, answers: string[]): boolean {
  if (reply.kind !== 'answer') return false;
  const text = normalize(reply.text);
  return answers.some((answer) => text.includes(normalize(answer)));
}

/** Scores every question; returns the per-question outcome for the report and for tuning. */
export function runQa(kb: KnowledgeBase, records: QaRecord[]) {
  return records.map((record) => {
    const reply = answerQuestion(kb, record.question);
    const answerable = record.answers.length > 0;
    return {
      record,
      reply,
      answerable,
      hasSpan: answerable && holdsGoldSpan(reply, record.answers),
      citesGold: reply.kind === 'answer' && reply.citations[0]?.articleId === record.article,
      refused: reply.kind === 'noAnswer',
    };
  });
}

export async function evalQa(shared: string): Promise<ReportSection> {
  const path = join(shared, 'eval', 'qa.jsonl');
  if (!existsSync(path)) return { name: 'qa', rows: [], json: null, skipped: `${path} not found` };
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as QaRecord);
  const outcomes = runQa(dvidsKnowledgeBase(shared), records);
  const answerable = outcomes.filter((outcome) => outcome.answerable);
  const unanswerable = outcomes.filter((outcome) => !outcome.answerable);
  const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
  const metrics = {
    answerSpan: share(answerable.filter((o) => o.hasSpan).length, answerable.length),
    goldCitation: share(answerable.filter((o) => o.citesGold).length, answerable.length),
    refusedUnanswerable: share(unanswerable.filter((o) => o.refused).length, unanswerable.length),
    answerable: answerable.length,
    unanswerable: unanswerable.length,
  };
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const misses = outcomes
    .filter((o) => (o.answerable ? !o.hasSpan || !o.citesGold : !o.refused))
    .map((o) => `${o.record.id} [${o.record.type}] ${describe(o.reply)}`);
  return {
    name: 'qa',
    rows: [
      { metric: 'answer holds a gold span', value: percent(metrics.answerSpan), target: '85%' },
      { metric: 'first citation is the gold article', value: percent(metrics.goldCitation), target: '90%' },
      { metric: 'unanswerable refused', value: percent(metrics.refusedUnanswerable), target: '80%' },
    ],
    json: { ...metrics, misses },
    notes: misses,
  };
}

function describe(reply: AnswerReply | NoAnswerReply): string {
  if (reply.kind === 'noAnswer') return `refused (confidence ${reply.confidence})`;
  const cited = reply.citations[0]?.articleId ?? '-';
  return `answered ${JSON.stringify(reply.highlight ?? reply.text.slice(0, 80))} from ${cited} (confidence ${reply.confidence})`;
}
