// `npm run bench:load -- ` or `node --import tsx bench/load/slack-load.ts [--rate 200] [--seconds 60] [--knowledge DIR]`
// Load on the Slack HTTP receiver: signed `/sitrep ask …` requests at a fixed rate through the
// real Bolt app and the real core, on 127.0.0.1, with a minimal Slack Web API stand-in that takes
// the answers posted to each response_url. Reports ack and answer latencies, errors and memory.
// Bounded: sends for --seconds, waits at most 15 s for the last answers, then exits.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { startSlack } from '../../adapters/slack/main.ts';
import { withAnswerQueue } from '../../src/bot/answer-queue.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import { systemClock } from '../../src/clock.ts';
import { loadKnowledgeDir } from '../../src/knowledge/load-dir.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    knowledge: { type: 'string', default: 'knowledge' },
    // `all`: questions, searches, quotes and summaries; `light`: searches and quotes only, to see
    // the receiver's own cost apart from the answers'.
    mix: { type: 'string', default: 'all' },
  },
});
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const SIGNING_SECRET = 'bench-signing-secret-0123456789';
const ALL_COMMANDS = [
  'Where was the first NATO Space Symposium held?',
  'Who leads US Space Command?',
  'How many NATO countries attended the symposium?',
  'What did James say about space?',
  'search Toulouse',
  'quote space is hard',
  'summarize Partners to Win',
];
const QUESTIONS =
  values.mix === 'light' ? ALL_COMMANDS.filter((text) => /^(search|quote) /.test(text)) : ALL_COMMANDS;

const answeredAt = new Map<string, number>();
let busyReplies = 0;
const slackApi = createServer(async (req: IncomingMessage, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const id = /^\/respond\/(\d+)$/.exec(req.url ?? '')?.[1];
  if (id !== undefined && !answeredAt.has(id)) {
    answeredAt.set(id, performance.now());
    if (body.includes('very busy')) busyReplies++;
  }
  const answer = req.url?.endsWith('auth.test')
    ? {
        ok: true,
        user_id: 'U0SITREP',
        bot_id: 'B0SITREP',
        team_id: 'T0BENCH',
        url: 'https://bench.slack.com/',
      }
    : { ok: true, ts: '1.0' };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
});
await new Promise<void>((resolve) => slackApi.listen(0, '127.0.0.1', resolve));
const apiBase = `http://127.0.0.1:${(slackApi.address() as AddressInfo).port}`;

const { articles } = await loadKnowledgeDir(values.knowledge, { logger: silentLogger });
const knowledge = createMemoryKnowledgeBase(articles, { clock: systemClock });
// The core as openCore builds it, minus the rate limits: one bench client is every user at once.
const bot = withAnswerQueue(
  createBot({ services: { knowledge, feeds: () => [] }, clock: systemClock, logger: silentLogger }),
);
const slack = await startSlack({
  bot,
  botToken: 'xoxb-bench-token',
  signingSecret: SIGNING_SECRET,
  port: 0,
  host: '127.0.0.1',
  apiUrl: `${apiBase}/api/`,
  logger: silentLogger,
  postIntervalMs: 0,
});
const appUrl = `http://127.0.0.1:${slack.port}/slack/events`;

// The load generator runs in a worker thread, so sending requests does not compete with Sitrep
// for the event loop (it still competes for the machine's cores).
const memory: number[] = [];
const memoryTimer = setInterval(() => memory.push(process.memoryUsage().rss), 1_000);
const total = Math.round(RATE * SECONDS);
const start = performance.now();
const cpuAtStart = process.cpuUsage();
const worker = new Worker(new URL('./generator.mjs', import.meta.url), {
  workerData: { appUrl, apiBase, rate: RATE, total, signingSecret: SIGNING_SECRET, questions: QUESTIONS },
});
const sent: {
  sentAt: Record<string, number>;
  ackMs: number[];
  errors: number;
  slowAcks: number;
  timeOrigin: number;
} = await new Promise((resolve, reject) => {
  worker.once('message', resolve);
  worker.once('error', reject);
});
await worker.terminate();
// The worker's clock starts elsewhere: its send times are moved onto this thread's clock.
const shift = sent.timeOrigin - performance.timeOrigin;
const sentAt = new Map(Object.entries(sent.sentAt).map(([id, at]) => [id, at + shift]));
const { ackMs, errors, slowAcks } = sent;
const drainUntil = performance.now() + 15_000;
while (answeredAt.size < total && performance.now() < drainUntil)
  await new Promise((r) => setTimeout(r, 100));
clearInterval(memoryTimer);
const cpu = process.cpuUsage(cpuAtStart);
const sendSeconds = (performance.now() - start) / 1000;

const answerMs = [...answeredAt].map(([id, at]) => at - (sentAt.get(id) ?? at));
const pct = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0)
    : 0;
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const firstQuarter = memory.slice(0, Math.max(1, Math.floor(memory.length / 4)));
const lastQuarter = memory.slice(-Math.max(1, Math.floor(memory.length / 4)));
const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);

console.log(
  `Slack HTTP receiver load: ${total} signed slash commands (${values.mix} mix) at ${RATE}/s (${sendSeconds.toFixed(1)} s)`,
);
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| requests sent | ${total} |`);
console.log(`| acked | ${ackMs.length} |`);
console.log(`| acks over 3 s | ${slowAcks} |`);
console.log(`| errors (non-200 or failed) | ${errors} |`);
console.log(`| answered (response_url) | ${answeredAt.size} |`);
console.log(`| of which "busy" replies | ${busyReplies} |`);
console.log(
  `| ack p50 / p99 / max ms | ${pct(ackMs, 50).toFixed(1)} / ${pct(ackMs, 99).toFixed(1)} / ${Math.max(0, ...ackMs).toFixed(1)} |`,
);
console.log(
  `| answer p50 / p99 / max ms | ${pct(answerMs, 50).toFixed(1)} / ${pct(answerMs, 99).toFixed(1)} / ${Math.max(0, ...answerMs).toFixed(1)} |`,
);
const cpuPerRequest = (cpu.user + cpu.system) / 1000 / Math.max(1, answeredAt.size);
console.log(`| CPU per answered request (server + generator) ms | ${cpuPerRequest.toFixed(1)} |`);
console.log(`| sustainable rate on one idle core (1000 / CPU ms) | ${Math.round(1000 / cpuPerRequest)}/s |`);
console.log(
  `| RSS first quarter / last quarter / peak MB | ${mb(mean(firstQuarter))} / ${mb(mean(lastQuarter))} / ${mb(Math.max(...memory))} |`,
);

await slack.stop();
await new Promise<void>((resolve) => {
  slackApi.closeAllConnections();
  slackApi.close(() => resolve());
});
process.exit(errors === 0 && slowAcks === 0 && answeredAt.size === total ? 0 : 1);
