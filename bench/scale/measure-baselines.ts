// One baseline in its own process (`node --import tsx measure-baselines.ts fts5|minisearch DIR`):
// SQLite FTS5 (porter tokenizer, BM25 over an OR of the query words) or plain minisearch
// (`addAll`, default options). Prints one JSON line: build time, RSS, search latencies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { sharedDir } from '../eval/section.ts';
import { mixedQuestions, percentiles } from './questions.ts';
import { readPlainArticles } from './read-articles.ts';

const [engine, dir, questionCount = '2000'] = process.argv.slice(2);
if (!dir || (engine !== 'fts5' && engine !== 'minisearch')) {
  throw new Error('usage: measure-baselines.ts fts5|minisearch KNOWLEDGE_DIR [QUESTIONS]');
}
const questions = mixedQuestions(sharedDir(), Number(questionCount));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function timeQueries(search: (query: string) => unknown) {
  for (const question of questions.slice(0, 50)) search(question);
  const cpuTimes: number[] = [];
  const times = questions.map((question) => {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    search(question);
    const used = process.cpuUsage(startedCpu);
    cpuTimes.push((used.user + used.system) / 1000);
    return performance.now() - started;
  });
  return { ...percentiles(times), cpu: percentiles(cpuTimes) };
}

function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

if (engine === 'fts5') {
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-fts5-'));
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const db = new Database(join(tmp, 'fts.db'));
  db.pragma('journal_mode = WAL');
  db.exec("CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, text, tokenize = 'porter')");
  const insert = db.prepare('INSERT INTO articles (id, title, text) VALUES (?, ?, ?)');
  const insertAll = db.transaction(() => {
    for (const article of readPlainArticles(dir)) insert.run(article.id, article.title, article.text);
  });
  insertAll();
  const buildMs = performance.now() - started;
  const buildCpuMs = cpuSince(startedCpu);
  const rss = mb(process.memoryUsage().rss);
  const query = db.prepare(
    'SELECT id, bm25(articles) AS score FROM articles WHERE articles MATCH ? ORDER BY score LIMIT 10',
  );
  const search = (question: string) => {
    const words = question.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    return query.all(words.map((word) => `"${word}"`).join(' OR '));
  };
  const latency = timeQueries(search);
  db.close();
  rmSync(tmp, { recursive: true, force: true });
  console.log(
    JSON.stringify({ buildMs, buildCpuMs, rss, peak: mb(process.resourceUsage().maxRSS * 1024), latency }),
  );
} else {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const index = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'] });
  index.addAll([...readPlainArticles(dir)]);
  const buildMs = performance.now() - started;
  const buildCpuMs = cpuSince(startedCpu);
  const rss = mb(process.memoryUsage().rss);
  const latency = timeQueries((question) => index.search(question).slice(0, 10));
  console.log(
    JSON.stringify({ buildMs, buildCpuMs, rss, peak: mb(process.resourceUsage().maxRSS * 1024), latency }),
  );
}
