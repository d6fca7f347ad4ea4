// `npm run bench -- --scale N[,N…]`: generates an N-article knowledge base under bench/.scale/
// (kept between runs, never committed) and measures Sitrep on it beside SQLite FTS5 and plain
// minisearch, each in its own process so memory figures are its own. Prints a Markdown table.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '../eval/section.ts';
import { generateCorpus } from './generate-corpus.ts';

/** SITREP_SCALE_DIR lets a copy of the repo measure on the corpora generated here. */
const SCALE_DIR = process.env.SITREP_SCALE_DIR ?? new URL('../.scale/', import.meta.url).pathname;
const HERE = new URL('./', import.meta.url).pathname;

interface Baseline {
  buildMs: number;
  buildCpuMs: number;
  rss: number;
  peak: number;
  latency: Latency;
}

interface SizeResult {
  size: number;
  megabytes: number;
  build: Record<string, number>;
  start: Record<string, unknown> & {
    latency: Record<string, Record<string, number>>;
    cpuLatency: Record<string, Record<string, number>>;
  };
  fts5: Baseline;
  minisearch?: Baseline;
}

function runChild(script: string, args: string[]): Record<string, unknown> {
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(HERE, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = output.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

/** The corpus for `size`, generated once and reused while its marker matches. */
function corpusFor(size: number): { dir: string; megabytes: number } {
  const dir = join(SCALE_DIR, String(size), 'knowledge');
  const marker = join(SCALE_DIR, String(size), 'corpus.json');
  if (!existsSync(marker)) {
    const made = generateCorpus(sharedDir(), size, dir);
    writeFileSync(marker, JSON.stringify(made));
  }
  const { bytes } = JSON.parse(readFileSync(marker, 'utf8')) as { bytes: number };
  return { dir, megabytes: Math.round(bytes / 1024 / 1024) };
}

export async function runScaleBench(sizes: number[], options: { questions: number; minisearchUpTo: number }) {
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const { dir, megabytes } = corpusFor(size);
    const dataDir = join(SCALE_DIR, String(size), 'data');
    console.error(`scale ${size}: ${megabytes} MB; cold build…`);
    const build = runChild('measure-sitrep.ts', ['build', dir, dataDir]) as SizeResult['build'];
    console.error(`scale ${size}: start from the cache and latencies…`);
    const start = runChild('measure-sitrep.ts', [
      'start',
      dir,
      dataDir,
      String(options.questions),
      String(size),
    ]);
    console.error(`scale ${size}: SQLite FTS5…`);
    const fts5 = runChild('measure-baselines.ts', ['fts5', dir, String(options.questions)]);
    let minisearch: Record<string, unknown> | undefined;
    if (size <= options.minisearchUpTo) {
      console.error(`scale ${size}: plain minisearch…`);
      minisearch = runChild('measure-baselines.ts', ['minisearch', dir, String(options.questions)]);
    }
    results.push({ size, megabytes, build, start, fts5, minisearch } as unknown as SizeResult);
    console.log(JSON.stringify(results.at(-1)));
  }
  console.log(`\n${toMarkdown(results)}`);
  return results;
}

const seconds = (ms: unknown) => `${(Number(ms) / 1000).toFixed(1)} s`;
const ms = (value: unknown) => `${Number(value).toFixed(1)}`;
type Latency = Record<string, number> & { cpu?: Record<string, number> };
const trio = (latency: Latency | undefined, cpu: Record<string, number> | undefined = latency?.cpu) =>
  latency
    ? `${ms(latency['median'])} / ${ms(latency['p95'])} / ${ms(latency['p99'])}${cpu ? ` (CPU p99 ${ms(cpu['p99'])})` : ''}`
    : '-';
const withCpu = (wall: unknown, cpu: unknown) => `${seconds(wall)} (CPU ${seconds(cpu)})`;

/** Slope of log(build time) against log(size): 1 is linear. */
export function logLogSlope(points: { size: number; ms: number }[]): number {
  const xs = points.map((point) => Math.log(point.size));
  const ys = points.map((point) => Math.log(point.ms));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return variance > 0 ? covariance / variance : Number.NaN;
}

export function toMarkdown(results: SizeResult[]): string {
  const header = `| | ${results.map((r) => `${r.size.toLocaleString('en-US')} (${r.megabytes} MB)`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---').join('|')}|`;
  const row = (label: string, cell: (r: SizeResult) => string) =>
    `| ${label} | ${results.map((r) => cell(r)).join(' | ')} |`;
  const latency = (r: SizeResult, command: string) =>
    trio(r.start.latency[command], r.start.cpuLatency[command]);
  const lines = [
    header,
    rule,
    row('Sitrep cold build', (r) => withCpu(r.build['openMs'], r.build['openCpuMs'])),
    row('Sitrep peak RSS during build', (r) => `${r.build['peak']} MB`),
    row('Sitrep cache on disk', (r) => `${r.build['cacheMb']} MB`),
    row('Sitrep start from the cache', (r) => withCpu(r.start['openMs'], r.start['openCpuMs'])),
    row('Sitrep RSS after start (heap used)', (r) => `${r.start['rss']} MB (${r.start['heap']} MB)`),
    row('Sitrep peak RSS, start + all commands', (r) => `${r.start['peak']} MB`),
    row('search, ms (median / p95 / p99)', (r) => latency(r, 'search')),
    row('ask, ms', (r) => latency(r, 'ask')),
    row('quote, ms', (r) => latency(r, 'quote')),
    row('summarize, ms', (r) => latency(r, 'summarize')),
    row(
      'add one file, refresh until searchable (median of 5)',
      (r) => `${ms(r.start['addFileMs'])} ms (CPU ${ms(r.start['addFileCpuMs'])})`,
    ),
    row('remove that file (median of 5)', (r) => `${ms(r.start['removeFileMs'])} ms`),
    row(
      'add one feed article (median of 5)',
      (r) => `${ms(r.start['addFeedMs'])} ms (CPU ${ms(r.start['addFeedCpuMs'])})`,
    ),
    row('SQLite FTS5 build (porter)', (r) => withCpu(r.fts5.buildMs, r.fts5.buildCpuMs)),
    row('SQLite FTS5 RSS after build / peak', (r) => `${r.fts5.rss} / ${r.fts5.peak} MB`),
    row('SQLite FTS5 search, ms (OR query)', (r) => trio(r.fts5.latency)),
    row('plain minisearch addAll', (r) =>
      r.minisearch ? withCpu(r.minisearch.buildMs, r.minisearch.buildCpuMs) : '-',
    ),
    row('plain minisearch RSS after build / peak', (r) =>
      r.minisearch ? `${r.minisearch.rss} / ${r.minisearch.peak} MB` : '-',
    ),
    row('plain minisearch search, ms', (r) => trio(r.minisearch?.latency)),
  ];
  const slopeOf = (key: string) => {
    const points = results.map((r) => ({ size: r.size, ms: Number(r.build[key]) }));
    return points.length >= 2 ? logLogSlope(points).toFixed(2) : 'n/a (one size)';
  };
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}`;
  return [
    ...lines,
    '',
    `Log-log slope of Sitrep's cold build time against size: wall ${slopeOf('openMs')}, CPU (all threads) ${slopeOf('openCpuMs')} (1 is linear).`,
    `Machine: ${machine}.`,
  ].join('\n');
}
