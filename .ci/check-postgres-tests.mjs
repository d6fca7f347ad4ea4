// Fails CI when a PostgreSQL test did not run. Those tests sit in groups whose names carry
// "[PostgreSQL]" (test/support/postgres.ts); they skip themselves when TEST_DATABASE_URL is
// unset, which must never pass unnoticed in CI.
import { readFileSync } from 'node:fs';

const TAG = '[PostgreSQL]';
const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const tests = report.testResults.flatMap((file) => file.assertionResults);
const postgres = tests.filter((test) => test.ancestorTitles.some((title) => title.includes(TAG)));
const notRun = postgres.filter((test) => test.status !== 'passed' && test.status !== 'failed');
if (postgres.length === 0 || notRun.length > 0) {
  console.error(
    `PostgreSQL tests: ${postgres.length} found, ${notRun.length} not run. Is TEST_DATABASE_URL set?`,
  );
  for (const test of notRun) console.error(`  ${test.status}: ${test.fullName}`);
  process.exit(1);
}
console.log(`PostgreSQL tests: all ${postgres.length} ran.`);
