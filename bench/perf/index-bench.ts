// Knowledge-base speed on the shared corpora: cold open (load + analyze + index + cache), cached
// restart, search latency over 1,000 queries, and peak memory. Data is copied into a temp dir.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/clock.ts';
import { type LiveKnowledgeBase, openKnowledgeBase } from '../../src/knowledge-base/open-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';
import type { ReportSection } from '../eval/section.ts';

const QUERY_COUNT = 1_000;
const WARM_UP_QUERIES = 50;
/** Records per file when a corpus is split: the knowledge loader skips files over 5 MB. */
const RECORDS_PER_FILE = 1_000;

interface Corpus {
  name: string;
  /** Fills `dir` with the corpus as knowledge files; false when the data is absent. */
  copyInto(dir: string): boolean;
}

export async function benchIndex(sharedDir: string): Promise<ReportSection> {
  const corpora: Corpus[] = [
    { name: 'DVIDS (38)', copyInto: (dir) => copyDir(join(sharedDir, 'corpus', 'dvids'), dir) },
    {
      name: 'ISAF (724)',
      copyInto: (dir) => splitJsonLines(join(sharedDir, 'corpus', 'isaf', 'isaf_press_releases.jsonl'), dir),
    },
    {
      name: 'SciFact (5,183)',
      copyInto: (dir) => splitJsonLines(join(sharedDir, 'bench', 'scifact', 'corpus.jsonl'), dir),
    },
  ];
  const queries = benchQueries(sharedDir);
  if (queries.length === 0)
    return { name: 'index', rows: [], json: {}, skipped: `${sharedDir} has no queries` };
  const rows: Array<Record<string, string | number>> = [];
  for (const corpus of corpora) {
    const row = await benchCorpus(corpus, queries);
    if (row) rows.push(row);
  }
  return {
    name: 'index',
    rows,
    json: { queries: queries.length, corpora: rows },
    notes: [
      'targets: SciFact cold open < 5 s, cached open < 1 s, search p99 < 10 ms',
      'cold = list + read + parse + analyze + index + write caches; cached = the same open again on the same data dir',
      'peak RSS is the process maximum so far (corpora run smallest first)',
    ],
  };
}

async function benchCorpus(
  corpus: Corpus,
  queries: string[],
): Promise<Record<string, string | number> | undefined> {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const knowledgeDir = join(root, 'knowledge');
    mkdirSync(knowledgeDir);
    if (!corpus.copyInto(knowledgeDir)) return undefined;
    const open = () =>
      openKnowledgeBase({
        knowledgeDir,
        dataDir: join(root, 'data'),
        logger: silentLogger,
        clock: systemClock,
      });
    const cold = await timed(open);
    const cached = await timed(open);
    const articles = await latencies(cached.value, queries, (kb, query) => kb.search(query));
    const passages = await latencies(cached.value, queries, (kb, query) => kb.searchPassages(query));
    const stats = cached.value.stats();
    return {
      corpus: corpus.name,
      articles: stats.articles,
      passages: stats.passages,
      skipped: stats.skipped,
      'cold open s': seconds(cold.ms),
      'cached open s': seconds(cached.ms),
      'search median ms': millis(percentile(articles, 0.5)),
      'search p99 ms': millis(percentile(articles, 0.99)),
      'passages p99 ms': millis(percentile(passages, 0.99)),
      'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Question texts from the QA set, then SciFact claims, up to 1,000 queries. */
function benchQueries(sharedDir: string): string[] {
  const read = (file: string, field: string) =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => String((JSON.parse(line) as Record<string, unknown>)[field] ?? ''))
      : [];
  const questions = read(join(sharedDir, 'eval', 'qa.jsonl'), 'question');
  const claims = read(join(sharedDir, 'bench', 'scifact', 'queries.jsonl'), 'text');
  return [...questions, ...claims].filter(Boolean).slice(0, QUERY_COUNT);
}

async function latencies(
  kb: LiveKnowledgeBase,
  queries: string[],
  search: (kb: LiveKnowledgeBase, query: string) => unknown,
): Promise<number[]> {
  for (const query of queries.slice(0, WARM_UP_QUERIES)) search(kb, query);
  return queries.map((query) => {
    const started = performance.now();
    search(kb, query);
    return performance.now() - started;
  });
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

function copyDir(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  for (const name of readdirSync(from)) cpSync(join(from, name), join(to, name));
  return true;
}

function splitJsonLines(file: string, dir: string): boolean {
  if (!existsSync(file)) return false;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  for (let start = 0; start < lines.length; start += RECORDS_PER_FILE) {
    const part = String(start / RECORDS_PER_FILE + 1).padStart(3, '0');
    writeFileSync(
      join(dir, `part-${part}.jsonl`),
      `${lines.slice(start, start + RECORDS_PER_FILE).join('\n')}\n`,
    );
  }
  return true;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

const seconds = (ms: number) => Math.round(ms / 10) / 100;
const millis = (ms: number) => Math.round(ms * 100) / 100;
