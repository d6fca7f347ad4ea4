// `npm run bench:replicas [days] [kills]`: the multi-replica simulation of
// test/replicas/replicas.test.ts, longer and with more SIGKILLs than the test suite runs
// (default 60 simulated days, 24 kills). Needs TEST_DATABASE_URL (docs/replicas.md).
import { spawnSync } from 'node:child_process';

const days = process.argv[2] ?? '60';
const kills = process.argv[3] ?? '24';
if (!process.env.TEST_DATABASE_URL) {
  console.error('Set TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}
const started = performance.now();
const run = spawnSync('npx', ['vitest', 'run', 'test/replicas/replicas.test.ts', '--reporter=verbose'], {
  env: { ...process.env, REPLICA_SIM_DAYS: days, REPLICA_SIM_KILLS: kills },
  encoding: 'utf8',
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const output = `${run.stdout}\n${run.stderr}`;
const summary = /replicas: .*/.exec(output)?.[0] ?? '(no summary: see the output above)';
if (run.status !== 0) console.error(output);
console.log(
  `${days} simulated days, ${kills} kills: ${run.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`,
);
console.log(summary);
process.exit(run.status ?? 1);
