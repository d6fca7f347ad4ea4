// One Sitrep replica for the multi-replica tests: the real start-up (PostgreSQL store, Bolt on
// its HTTP receiver, scheduler, feeds, /healthz) on an injected clock. The environment is the
// replica's configuration; stdin drives it, one numbered command a line, each answered on
// stdout by a line starting with the command's number (so no other output is read as an answer):
//   <n> tick ISO    set the clock, run one scheduler tick       → "<n> ok tick <outcomes>"
//   <n> poll ISO    set the clock, poll the feeds (lock holder)  → "<n> ok poll"
//   <n> articles    articles in this replica's index            → "<n> ok articles <count>"
// A command that fails is answered "<n> error <command> <message>". It prints
// "ready <http port>" once it answers; nothing runs by itself.
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

for await (const line of createInterface({ input: process.stdin })) {
  const [id, command, argument] = line.trim().split(/\s+/);
  const answer = (reply: string) => process.stdout.write(`${id} ${reply}\n`);
  if (argument) now = new Date(argument);
  try {
    answer(await run(command));
  } catch (error) {
    answer(`error ${command} ${error instanceof Error ? error.message : String(error)}`);
  }
}
await running.stop();

async function run(command: string | undefined): Promise<string> {
  if (command === 'tick') {
    const report = await running.scheduler.runDue(now);
    return `ok tick ${report.outcomes.map((outcome) => outcome.status).join(',') || '-'}`;
  }
  if (command === 'poll') {
    await running.core.feeds.pollNow();
    return 'ok poll';
  }
  if (command === 'articles') return `ok articles ${running.core.knowledge.articles().length}`;
  return `error unknown command ${command}`;
}
