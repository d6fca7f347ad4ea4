// Retrieval quality of the product's search index: BEIR SciFact (nDCG@10 on the train qrels) and
// whether the question set's evidence article ranks first over the seed + DVIDS corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { AnalyzedArticle } from '../../src/analysis/types.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { SEARCH_TUNING, type SearchTuning } from '../../src/search/search-tuning.ts';
import { loadDvidsArticles } from './qa.ts';
import type { ReportSection } from './section.ts';

interface SciFact {
  items: AnalyzedArticle[];
  queries: Map<string, string>;
  qrels: Map<string, Set<string>>;
}

/** Article-level BM25 settings tried around the shipped ones, to show how sensitive the score is. */
const GRID = { k: [0.9, 1.5, 2.5], b: [0.4, 0.75] };

export async function evalRetrieval(sharedDir: string): Promise<ReportSection> {
  const name = 'retrieval';
  const scifactDir = join(sharedDir, 'bench', 'scifact');
  const needed = [
    join(scifactDir, 'corpus.jsonl'),
    join(sharedDir, 'eval', 'qa.jsonl'),
    join(sharedDir, 'corpus', 'dvids'),
  ];
  const missing = needed.filter((path) => !existsSync(path));
  if (missing.length > 0) return { name, rows: [], json: {}, skipped: `absent: ${missing.join(', ')}` };
  const scifact = loadSciFact(scifactDir);
  const shipped = scoreSciFact(SearchIndex.build(scifact.items), scifact);
  const grid = GRID.k.flatMap((k) =>
    GRID.b.map((b) => {
      const tuning = withArticleBm25(SEARCH_TUNING, k, b);
      return { k, b, ndcg10: round(scoreSciFact(SearchIndex.build(scifact.items, tuning), scifact).ndcg10) };
    }),
  );
  const questions = scoreQuestions(sharedDir);
  const { bm25, boost, article } = SEARCH_TUNING;
  return {
    name,
    rows: [
      {
        measure: `SciFact nDCG@10 (train, ${scifact.qrels.size} queries)`,
        value: round(shipped.ndcg10),
        target: '≥ 0.665, aim 0.679',
      },
      { measure: 'SciFact recall@100', value: round(shipped.recall100), target: 'Anserini 0.925' },
      {
        measure: `questions: evidence article first (${questions.total})`,
        value: round(questions.top1),
        target: '',
      },
      {
        measure: `questions: evidence article in top 3 (${questions.total})`,
        value: round(questions.top3),
        target: '',
      },
      {
        measure: 'questions: evidence sentence in the first passage',
        value: round(questions.passageTop1),
        target: '',
      },
      {
        measure: 'questions: evidence sentence in the top 3 passages',
        value: round(questions.passageTop3),
        target: '',
      },
    ],
    json: { scifact: { ...shipped, grid }, questions, tuning: SEARCH_TUNING },
    notes: [
      `articles: BM25 k1=${article.bm25.k} b=${article.bm25.b} d=${article.bm25.d} over title + passages as one bag of words, ` +
        `+ ${article.bestPassageWeight} × best passage; passages: BM25+ k1=${bm25.k} b=${bm25.b} d=${bm25.d}, ` +
        `title ×${boost.title}, source ×${boost.source}; Porter2 stemming, stop words`,
      `SciFact nDCG@10 by article k1 × b: ${grid.map((cell) => `${cell.k}/${cell.b}=${cell.ndcg10}`).join('  ')}`,
      ...questions.misses.map((miss) => `question miss: ${miss}`),
    ],
  };
}

function loadSciFact(dir: string): SciFact {
  const parsed = parseKnowledgeFile('scifact/corpus.jsonl', readFileSync(join(dir, 'corpus.jsonl')));
  const queries = new Map(
    readLines(join(dir, 'queries.jsonl')).map((line) => {
      const query = JSON.parse(line) as { _id: string; text: string };
      return [query._id, query.text] as const;
    }),
  );
  const qrels = new Map<string, Set<string>>();
  for (const line of readLines(join(dir, 'qrels-train.tsv')).slice(1)) {
    const [queryId = '', documentId = '', score = '0'] = line.split('\t');
    if (Number(score) <= 0) continue;
    qrels.set(queryId, (qrels.get(queryId) ?? new Set()).add(documentId));
  }
  return { items: parsed.articles.map(analyzeArticle), queries, qrels };
}

function scoreSciFact(index: SearchIndex, { queries, qrels }: SciFact) {
  let ndcg = 0;
  let recall = 0;
  for (const [queryId, relevant] of qrels) {
    const ranked = index
      .searchArticles(queries.get(queryId) ?? '', { limit: 100 })
      .map((hit) => hit.articleId);
    ndcg += ndcgAt10(ranked, relevant);
    recall += ranked.filter((id) => relevant.has(id)).length / relevant.size;
  }
  return { ndcg10: ndcg / qrels.size, recall100: recall / qrels.size, queries: qrels.size };
}

/** Binary-relevance nDCG@10, as BEIR computes it with pytrec_eval. */
function ndcgAt10(ranked: string[], relevant: ReadonlySet<string>): number {
  const gain = (rank: number) => 1 / Math.log2(rank + 2);
  const dcg = ranked.slice(0, 10).reduce((sum, id, rank) => sum + (relevant.has(id) ? gain(rank) : 0), 0);
  let ideal = 0;
  for (let rank = 0; rank < Math.min(10, relevant.size); rank++) ideal += gain(rank);
  return dcg / ideal;
}

function scoreQuestions(sharedDir: string) {
  const items = loadDvidsArticles(sharedDir).map(analyzeArticle);
  const index = SearchIndex.build(items);
  const passageText = new Map(
    items.flatMap((item) => item.passages.map((passage) => [passage.id, comparable(passage.text)])),
  );
  const records = readLines(join(sharedDir, 'eval', 'qa.jsonl'))
    .map(
      (line) =>
        JSON.parse(line) as { id: string; question: string; article: string | null; evidence?: string },
    )
    .filter((record) => record.article !== null);
  const counts = { top1: 0, top3: 0, passageTop1: 0, passageTop3: 0 };
  const misses: string[] = [];
  for (const record of records) {
    const ranked = index.searchArticles(record.question, { limit: 3 }).map((hit) => hit.articleId);
    if (ranked[0] === record.article) counts.top1++;
    else
      misses.push(
        `${record.id} “${record.question}” → ${ranked[0] ?? 'nothing'} (evidence: ${record.article})`,
      );
    if (ranked.includes(record.article ?? '')) counts.top3++;
    // Evidence may run past a passage's end: its first 80 characters must be in the passage.
    const evidence = comparable(record.evidence ?? '').slice(0, 80);
    const passages = index
      .searchPassages(record.question, { limit: 3 })
      .map((hit) => passageText.get(hit.passageId) ?? '');
    if (evidence && passages[0]?.includes(evidence)) counts.passageTop1++;
    if (evidence && passages.some((text) => text.includes(evidence))) counts.passageTop3++;
  }
  const share = (count: number) => count / records.length;
  return {
    total: records.length,
    top1: share(counts.top1),
    top3: share(counts.top3),
    passageTop1: share(counts.passageTop1),
    passageTop3: share(counts.passageTop3),
    misses,
  };
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function withArticleBm25(tuning: Readonly<SearchTuning>, k: number, b: number): SearchTuning {
  return { ...tuning, article: { ...tuning.article, bm25: { ...tuning.article.bm25, k, b } } };
}

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim());
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
