// Sitrep in its own process (`node --import tsx measure-sitrep.ts build|start KNOWLEDGE DATA [N]`):
// `build` opens on an empty data dir (cold build); `start` opens from the cache, then times the
// commands as a chat user meets them and the feed path (one article added, one removed).
// Prints one JSON line.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBot } from '../../src/bot/create-bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';
import { systemClock } from '../../src/clock.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { openKnowledgeBase } from '../../src/knowledge-base/open-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';
import { sharedDir } from '../eval/section.ts';
import { mixedQuestions, percentiles } from './questions.ts';

const [phase, knowledgeDir, dataDir, questionCount = '2000', articleCount = '1000'] = process.argv.slice(2);
if (!knowledgeDir || !dataDir || (phase !== 'build' && phase !== 'start')) {
  throw new Error('usage: measure-sitrep.ts build|start KNOWLEDGE_DIR DATA_DIR [QUESTIONS] [ARTICLES]');
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** CPU time (user + system) since `since`, in ms: on a busy machine, wall time also counts waiting. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const feedArticles: Article[] = [];

if (phase === 'build') rmSync(dataDir, { recursive: true, force: true });
const started = performance.now();
const startedCpu = process.cpuUsage();
const kb = await openKnowledgeBase({
  knowledgeDir,
  dataDir,
  logger: silentLogger,
  clock: systemClock,
  extraArticles: () => feedArticles,
});
const openMs = performance.now() - started;
const openCpuMs = cpuMs(startedCpu);
const rss = mb(process.memoryUsage().rss);
const heap = mb(process.memoryUsage().heapUsed);
const stats = kb.stats();

if (phase === 'build') {
  const cacheMb = Number(execFileSync('du', ['-sm', dataDir], { encoding: 'utf8' }).split('\t')[0]);
  const peak = mb(process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({ openMs, openCpuMs, rss, heap, peak, cacheMb, stats }));
} else {
  const bot = createBot({
    services: { knowledge: kb, feeds: () => [] },
    clock: systemClock,
    logger: silentLogger,
  });
  const request = (command: string, args: Record<string, string>): CommandRequest => ({
    command,
    args,
    channel: { platform: 'cli', id: 'bench' },
    user: { id: 'bench', canManageChannel: true },
  });
  const questions = mixedQuestions(sharedDir(), Number(questionCount));
  const total = Number(articleCount);
  const inputs: Record<string, (question: string, n: number) => CommandRequest> = {
    search: (question) => request('search', { query: question }),
    ask: (question) => request('ask', { question }),
    quote: (question) => request('quote', { query: question }),
    summarize: (_, n) => request('summarize', { article: `scale-${((n * 7_919) % total) + 1}` }),
  };
  const latency: Record<string, ReturnType<typeof percentiles>> = {};
  const cpuLatency: Record<string, ReturnType<typeof percentiles>> = {};
  for (const [command, toRequest] of Object.entries(inputs)) {
    for (const [n, question] of questions.slice(0, 20).entries()) await bot.handle(toRequest(question, n));
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (const [n, question] of questions.entries()) {
      const before = performance.now();
      const beforeCpu = process.cpuUsage();
      await bot.handle(toRequest(question, n));
      cpuTimes.push(cpuMs(beforeCpu));
      times.push(performance.now() - before);
    }
    latency[command] = percentiles(times);
    cpuLatency[command] = percentiles(cpuTimes);
  }
  // A dropped file and a feed item: each must be searchable when refresh returns.
  const file = join(knowledgeDir, 'zz-dropped-article.md');
  writeFileSync(
    file,
    '---\nid: dropped-article\ntitle: Quokka census\n---\nRangers counted 412 quokkas on the island.\n',
  );
  let before = performance.now();
  let beforeCpu = process.cpuUsage();
  await kb.refresh();
  const addFileMs = performance.now() - before;
  const addFileCpuMs = cpuMs(beforeCpu);
  const fileFound = kb.search('quokka census')[0]?.articleId === 'dropped-article';
  rmSync(file);
  before = performance.now();
  await kb.refresh();
  const removeFileMs = performance.now() - before;
  const fileGone = kb.search('quokka census')[0]?.articleId !== 'dropped-article';
  feedArticles.push({
    id: 'feed-item',
    title: 'Wombat crossing',
    body: 'A wombat crossing opened near the depot.',
    tags: [],
    file: 'feed',
  });
  before = performance.now();
  beforeCpu = process.cpuUsage();
  await kb.refresh();
  const addFeedMs = performance.now() - before;
  const addFeedCpuMs = cpuMs(beforeCpu);
  const feedFound = kb.search('wombat crossing')[0]?.articleId === 'feed-item';
  const peak = mb(process.resourceUsage().maxRSS * 1024);
  console.log(
    JSON.stringify({
      openMs,
      openCpuMs,
      cpuLatency,
      rss,
      heap,
      peak,
      stats,
      latency,
      addFileMs,
      removeFileMs,
      addFeedMs,
      addFileCpuMs,
      addFeedCpuMs,
      checks: { fileFound, fileGone, feedFound },
    }),
  );
}
