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

const [phase, knowledgeDir, dataDir, questionCount = '2000', articleCount = '1000', commandList = ''] =
  process.argv.slice(2);
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
  // An optional sixth argument names the commands to time (default: all four).
  const wanted = commandList ? new Set(commandList.split(',')) : undefined;
  for (const [command, toRequest] of Object.entries(inputs)) {
    if (wanted && !wanted.has(command)) continue;
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
  // Dropped files and feed items, five of each, one at a time: each must be searchable (or gone)
  // when refresh returns. The median is reported; the first one also warms the code path.
  const timed = async (change: () => void) => {
    const before = performance.now();
    const beforeCpu = process.cpuUsage();
    change();
    await kb.refresh();
    return { wall: performance.now() - before, cpu: cpuMs(beforeCpu) };
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const adds: { wall: number; cpu: number }[] = [];
  const removes: { wall: number; cpu: number }[] = [];
  const feeds: { wall: number; cpu: number }[] = [];
  let fileFound = true;
  let fileGone = true;
  let feedFound = true;
  for (let n = 0; n < 5; n++) {
    const file = join(knowledgeDir, `zz-dropped-article-${n}.md`);
    const text = `---\nid: dropped-${n}\ntitle: Quokka census ${n}\n---\nRangers counted ${400 + n} quokkas on island ${n}.\n`;
    adds.push(await timed(() => writeFileSync(file, text)));
    fileFound &&= kb.search(`quokka census ${n}`)[0]?.articleId === `dropped-${n}`;
    removes.push(await timed(() => rmSync(file)));
    fileGone &&= kb.search(`quokka census ${n}`)[0]?.articleId !== `dropped-${n}`;
    const item = {
      id: `feed-${n}`,
      title: `Wombat crossing ${n}`,
      body: `A wombat crossing opened near depot ${n}.`,
      tags: [],
      file: 'feed',
    };
    feeds.push(await timed(() => feedArticles.push(item)));
    feedFound &&= kb.search(`wombat crossing ${n}`)[0]?.articleId === `feed-${n}`;
  }
  const addFileMs = median(adds.map((t) => t.wall));
  const addFileCpuMs = median(adds.map((t) => t.cpu));
  const removeFileMs = median(removes.map((t) => t.wall));
  const addFeedMs = median(feeds.map((t) => t.wall));
  const addFeedCpuMs = median(feeds.map((t) => t.cpu));
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
