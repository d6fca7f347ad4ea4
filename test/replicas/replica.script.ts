// One Sitrep replica for the multi-replica tests: the real start-up (PostgreSQL store, Bolt on
// its HTTP receiver, scheduler, feeds, /healthz) on an injected clock. The environment is the
// replica's configuration; stdin drives it, one command a line, each answered on stdout:
//   tick ISO      set the clock, run one scheduler tick       → "ok tick <outcomes>"
//   poll ISO      set the clock, poll the feeds (lock holder)  → "ok poll"
//   articles      articles in this replica's index            → "ok articles <n>"
// It prints "ready <http port>" once it answers; nothing runs by itself.
import { createInterface } from 'node:readline';
import { startServices } from '../../adapters/start.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';

let now = new Date(process.argv[2] ?? Date.now());
const clock = { now: () => new Date(now) };
const loaded = loadConfig(process.env, '/nonexistent/.env');
// Slack's one-post-a-second pace is real time; simulated days pass in milliseconds.
const config = loaded.slack ? { ...loaded, slack: { ...loaded.slack, postIntervalMs: 0 } } : loaded;
const running = await startServices(config, {
  clock,
  logger: createLogger(config.logLevel),
  background: false,
});
process.stdout.write(`ready ${running.httpPort}\n`);

const answer = (line: string) => process.stdout.write(`${line}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const [command, argument] = line.trim().split(/\s+/);
  if (argument) now = new Date(argument);
  if (command === 'tick') {
    try {
      const report = await running.scheduler.runDue(now);
      answer(`ok tick ${report.outcomes.map((outcome) => outcome.status).join(',') || '-'}`);
    } catch (error) {
      answer(`error tick ${error instanceof Error ? error.message : String(error)}`);
    }
  } else if (command === 'poll') {
    await running.core.feeds.pollNow();
    answer('ok poll');
  } else if (command === 'articles') {
    answer(`ok articles ${running.core.knowledge.articles().length}`);
  } else {
    answer(`error unknown command ${command}`);
  }
}
await running.stop();
