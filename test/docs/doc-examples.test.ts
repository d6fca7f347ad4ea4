import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { runSitrepInProcess } from '../support/run-sitrep-in-process.ts';
import { matchesOutput } from './match-output.ts';
import { fencedBlocks, isExample, parseExample, shellWords, unmarkedCommands } from './parse-examples.ts';

/**
 * The docs cannot go stale: every `console example` block in README.md and docs/ runs here,
 * against the shipped knowledge/ and a fresh data directory, and must print what the page shows.
 * How to write one: docs/architecture.md › "Examples that are tested".
 */
const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
// Relative, as a person types it, so paths in the output read as they do on the page.
const KNOWLEDGE = 'knowledge';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-docs-'));
  // The examples must not depend on whoever runs the tests: no platform tokens, no logs, UTC.
  for (const name of [
    'SLACK_BOT_TOKEN',
    'SLACK_APP_TOKEN',
    'SLACK_SIGNING_SECRET',
    'DISCORD_TOKEN',
    'DISCORD_APPLICATION_ID',
    'DATABASE_PATH',
    'DATABASE_URL',
  ]) {
    vi.stubEnv(name, '');
  }
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('TZ', 'UTC');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

const examples = PAGES.flatMap((page) =>
  fencedBlocks(readFileSync(page, 'utf8'))
    .filter(isExample)
    .map((block) => ({ page, example: parseExample(block) })),
);

test('the docs hold runnable examples, and every `$ sitrep` line shown is one of them', () => {
  // A floor, so a mistyped marker cannot silently turn the checks off.
  expect(examples.length).toBeGreaterThanOrEqual(6);
  expect(examples.some(({ page }) => page === 'README.md')).toBe(true);
  const unmarked = PAGES.flatMap((page) =>
    fencedBlocks(readFileSync(page, 'utf8'))
      .filter(unmarkedCommands)
      .map((block) => `${page}:${block.line}`),
  );
  expect(unmarked, 'mark these blocks `console example` so they are checked').toEqual([]);
});

describe.each(examples)('$page:$example.line', ({ example }) => {
  test.each(example.commands)('$ $text', async (command) => {
    const [program, ...args] = shellWords(command.text.replace(/^npx /, ''));
    expect(program, 'examples run `sitrep …` only').toBe('sitrep');
    const run = await runSitrepInProcess(['--knowledge', KNOWLEDGE, '--data', dataDir, ...args]);
    if (!matchesOutput(command.expected, run.lines)) {
      // Shows the real output in full, so the page can be fixed by copying it.
      expect(run.lines.join('\n')).toBe(command.expected.join('\n'));
    }
    expect(run.exitCode).toBe(example.exitCode);
  });
});
