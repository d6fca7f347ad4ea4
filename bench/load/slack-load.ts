// `npm run bench:load` or `node --expose-gc --import tsx bench/load/slack-load.ts [--rate 200]
// [--seconds 60] [--knowledge DIR] [--mix all|light]`
// Load on the Slack HTTP receiver: signed `/sitrep …` requests at a fixed rate through Sitrep as
// `npm start` runs it (the real Bolt app, the real core, SQLite state in a fresh data directory),
// on 127.0.0.1. The Slack side (Web API stand-in and load generator) runs in a process of its
// own (slack-side.mjs). Prints a table and writes reports/load.json; exits 1 when a target is missed.
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startServices } from '../../adapters/start.ts';
import { systemClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';
import { type LoadFigures, loadTable, meetsTargets } from './load-figures.ts';

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
const TOTAL = Math.round(RATE * SECONDS);
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
const COMMANDS =
  values.mix === 'light' ? ALL_COMMANDS.filter((text) => /^(search|quote) /.test(text)) : ALL_COMMANDS;

type SlackSideMessage =
  | { type: 'listening'; apiBase: string }
  | ({ type: 'done' } & Omit<LoadFigures['slackSide'], 'type'>);

// Plain Node, without this process's flags (the tsx loader, --cpu-prof): the Slack side stays lean.
const slackSide = fork(new URL('./slack-side.mjs', import.meta.url), { stdio: 'inherit', execArgv: [] });
const messages = (type: SlackSideMessage['type']) =>
  new Promise<SlackSideMessage>((resolve, reject) => {
    const onMessage = (message: SlackSideMessage) => {
      if (message.type !== type) return;
      slackSide.off('message', onMessage);
      resolve(message);
    };
    slackSide.on('message', onMessage);
    slackSide.once('exit', (code) => reject(new Error(`the Slack side exited (${code}) before "${type}"`)));
  });
const listening = (await messages('listening')) as Extract<SlackSideMessage, { type: 'listening' }>;

const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-load-'));
const config = loadConfig(
  {
    KNOWLEDGE_DIR: values.knowledge,
    DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${listening.apiBase}/api/`,
    PORT: '0',
    // The generator is 500 users in 50 channels asking far faster than any team: limited, almost
    // every request would get the cheap "slow down" reply, and answering would go unmeasured.
    RATE_LIMIT_USER_PER_MINUTE: '0',
    RATE_LIMIT_CHANNEL_PER_MINUTE: '0',
  },
  '/nonexistent/.env',
);
const running = await startServices(
  { ...config, slack: config.slack && { ...config.slack, host: '127.0.0.1' } },
  { clock: systemClock, logger: silentLogger, background: false },
);

const gc = (globalThis as { gc?: () => void }).gc;
const heapAfterGc = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const heapAtStart = heapAfterGc();
const rss: number[] = [];
const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 1_000);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const loadAtStart = loadavg()[0] ?? 0;
const cpuAtStart = process.cpuUsage();
const done = messages('done');
slackSide.send({
  type: 'go',
  appUrl: `http://127.0.0.1:${running.httpPort}/slack/events`,
  rate: RATE,
  total: TOTAL,
  signingSecret: SIGNING_SECRET,
  questions: COMMANDS,
  drainMs: 15_000,
});
const results = (await done) as Extract<SlackSideMessage, { type: 'done' }>;
const cpu = process.cpuUsage(cpuAtStart);
clearInterval(sampler);
loopDelay.disable();

const figures: LoadFigures = {
  rate: RATE,
  seconds: SECONDS,
  total: TOTAL,
  mix: values.mix ?? 'all',
  loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
  sitrep: {
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: rss.map((bytes) => bytes / 1024 / 1024),
    heapMb: { start: heapAtStart / 1024 / 1024, end: heapAfterGc() / 1024 / 1024, afterGc: gc !== undefined },
    eventLoopDelayMs: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
  },
  slackSide: results,
};
console.log(loadTable(figures));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/load.json', `${JSON.stringify(figuresForJson(figures), null, 2)}\n`);
console.log('\nWrote reports/load.json');

await running.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(meetsTargets(figures) ? 0 : 1);

/** The JSON keeps the summary, not 12,000 latencies. */
function figuresForJson(all: LoadFigures): unknown {
  const { ackMs, answerMs, ...slack } = all.slackSide;
  return {
    generatedAt: new Date().toISOString(),
    node: process.version,
    ...all,
    slackSide: slack,
    table: loadTable(all),
  };
}
