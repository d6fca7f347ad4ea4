// Glossary query expansion, measured: every figure with and without it, and how many questions
// it changes. `node --import tsx bench/glossary/expansion-eval.ts [SHARED_DIR]`
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../../src/answer/answer-question.ts';
import { fixedClock } from '../../src/clock.ts';
import { glossaryOf } from '../../src/glossary/cached-glossary.ts';
import { expandQuery } from '../../src/glossary/expand-query.ts';
import { withGlossaryExpansion } from '../../src/glossary/expanding-knowledge.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { dvidsKnowledgeBase } from '../eval/qa.ts';
import { holdsGoldSpan } from '../fit/examples.ts';

const shared = process.argv[2] ?? '../shared';
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim());
const pct = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '-');

interface QaRecord {
  id: string;
  question: string;
  answers: string[];
  article: string | null;
  type: string;
}

const records = lines(join(shared, 'eval', 'qa.jsonl')).map((line) => JSON.parse(line) as QaRecord);
const plain = dvidsKnowledgeBase(shared);
const expanded = withGlossaryExpansion(plain);
const glossary = glossaryOf(plain);
const rewritten = records.filter((r) => expandQuery(r.question, glossary) !== r.question);

function runQa(kb: KnowledgeBase, qa: QaRecord[]) {
  return qa.map((record) => {
    const reply = answerQuestion(kb, record.question);
    const answerable = record.answers.length > 0;
    return {
      record,
      reply: reply as Reply,
      answerable,
      hasSpan: answerable && reply.kind === 'answer' && holdsGoldSpan(reply.text, record.answers),
      citesGold: reply.kind === 'answer' && reply.citations[0]?.articleId === record.article,
      refused: reply.kind === 'noAnswer',
    };
  });
}

function qaFigures(kb: KnowledgeBase) {
  const outcomes = runQa(kb, records);
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  return {
    outcomes,
    span: answerable.filter((o) => o.hasSpan).length,
    gold: answerable.filter((o) => o.citesGold).length,
    refused: unanswerable.filter((o) => o.refused).length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
  };
}

function retrievalFigures(kb: KnowledgeBase) {
  const withArticle = records.filter((r) => r.article !== null);
  let top1 = 0;
  let top3 = 0;
  for (const record of withArticle) {
    const ranked = kb.search(record.question, { limit: 3 }).map((hit) => hit.articleId);
    if (ranked[0] === record.article) top1++;
    if (ranked.includes(record.article ?? '')) top3++;
  }
  return { top1, top3, total: withArticle.length };
}

const signature = (reply: Reply) =>
  reply.kind === 'answer' ? `${reply.text}|${reply.citations[0]?.articleId}` : reply.kind;

const before = qaFigures(plain);
const after = qaFigures(expanded);
const changed = before.outcomes.filter(
  (o, i) => signature(o.reply) !== signature(after.outcomes[i]?.reply ?? o.reply),
);
const top3 = (kb: KnowledgeBase, q: string) =>
  kb
    .search(q, { limit: 3 })
    .map((hit) => hit.articleId)
    .join(',');
const searchChanged = records.filter((r) => top3(plain, r.question) !== top3(expanded, r.question)).length;
const retrievalBefore = retrievalFigures(plain);
const retrievalAfter = retrievalFigures(expanded);

console.log(
  `DVIDS + seed: ${glossary.entries().length} acronyms learned; ${rewritten.length} of ${records.length} questions rewritten by expansion`,
);
for (const r of rewritten) console.log(`  ${r.id}: ${expandQuery(r.question, glossary)}`);
console.log(
  `${changed.length} of ${records.length} answers changed; ${searchChanged} search top-3 lists changed`,
);
for (const o of changed)
  console.log(
    `  ${o.record.id}: ${signature(o.reply).slice(0, 90)} → ${signature(after.outcomes[before.outcomes.indexOf(o)]?.reply ?? o.reply).slice(0, 90)}`,
  );
console.log('\n| figure | without | with |\n|---|---|---|');
console.log(
  `| answer holds a gold span (${before.answerable}) | ${pct(before.span, before.answerable)} | ${pct(after.span, after.answerable)} |`,
);
console.log(
  `| first citation is the gold article | ${pct(before.gold, before.answerable)} | ${pct(after.gold, after.answerable)} |`,
);
console.log(
  `| unanswerable refused (${before.unanswerable}) | ${pct(before.refused, before.unanswerable)} | ${pct(after.refused, after.unanswerable)} |`,
);
console.log(
  `| questions: evidence article first (${retrievalBefore.total}) | ${pct(retrievalBefore.top1, retrievalBefore.total)} | ${pct(retrievalAfter.top1, retrievalAfter.total)} |`,
);
console.log(
  `| questions: evidence article in top 3 | ${pct(retrievalBefore.top3, retrievalBefore.total)} | ${pct(retrievalAfter.top3, retrievalAfter.total)} |`,
);

const scifact = join(shared, 'bench', 'scifact');
if (existsSync(join(scifact, 'corpus.jsonl'))) {
  const parsed = parseKnowledgeFile('scifact/corpus.jsonl', readFileSync(join(scifact, 'corpus.jsonl')));
  const kb = createMemoryKnowledgeBase(parsed.articles, { clock: fixedClock('2026-01-01T00:00:00Z') });
  const queries = new Map(
    lines(join(scifact, 'queries.jsonl')).map((line) => {
      const q = JSON.parse(line) as { _id: string; text: string };
      return [q._id, q.text] as const;
    }),
  );
  const qrels = new Map<string, Set<string>>();
  for (const line of lines(join(scifact, 'qrels-train.tsv')).slice(1)) {
    const [queryId = '', documentId = '', score = '0'] = line.split('\t');
    if (Number(score) > 0) qrels.set(queryId, (qrels.get(queryId) ?? new Set()).add(documentId));
  }
  const sciGlossary = glossaryOf(kb);
  const score = (base: KnowledgeBase) => {
    let ndcg = 0;
    let recall = 0;
    for (const [queryId, relevant] of qrels) {
      const ranked = base.search(queries.get(queryId) ?? '', { limit: 100 }).map((hit) => hit.articleId);
      const gain = (rank: number) => 1 / Math.log2(rank + 2);
      const dcg = ranked.slice(0, 10).reduce((sum, id, rank) => sum + (relevant.has(id) ? gain(rank) : 0), 0);
      let ideal = 0;
      for (let rank = 0; rank < Math.min(10, relevant.size); rank++) ideal += gain(rank);
      ndcg += dcg / ideal;
      recall += ranked.filter((id) => relevant.has(id)).length / relevant.size;
    }
    return { ndcg: ndcg / qrels.size, recall: recall / qrels.size };
  };
  const rewrittenSci = [...qrels.keys()].filter((id) => {
    const text = queries.get(id) ?? '';
    return expandQuery(text, sciGlossary) !== text;
  });
  const top10 = (base: KnowledgeBase, q: string) =>
    base
      .search(q, { limit: 10 })
      .map((hit) => hit.articleId)
      .join(',');
  const changedSci = [...qrels.keys()].filter((id) => {
    const text = queries.get(id) ?? '';
    return top10(kb, text) !== top10(withGlossaryExpansion(kb), text);
  }).length;
  const s0 = score(kb);
  const s1 = score(withGlossaryExpansion(kb));
  console.log(`| SciFact nDCG@10 (${qrels.size} queries) | ${s0.ndcg.toFixed(4)} | ${s1.ndcg.toFixed(4)} |`);
  console.log(`| SciFact recall@100 | ${s0.recall.toFixed(4)} | ${s1.recall.toFixed(4)} |`);
  console.log(
    `\nSciFact: ${sciGlossary.entries().length} acronyms learned from ${parsed.articles.length} abstracts; ${rewrittenSci.length} of ${qrels.size} queries rewritten, ${changedSci} top-10 lists changed`,
  );
}
