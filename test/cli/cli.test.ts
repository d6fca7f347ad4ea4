import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { runSitrepInProcess } from '../support/run-sitrep-in-process.ts';
import { SEED_ID } from '../support/test-bot.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let knowledgeDir: string;
let dataDir: string;

/** `sitrep ARGS` run in this process, its stdin piped from `input` (empty when not given). */
async function sitrep(args: string[], input?: string): Promise<Run> {
  const run = await runSitrepInProcess(
    ['--knowledge', knowledgeDir, '--data', dataDir, ...args],
    input ?? '',
  );
  return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr };
}

/** `sitrep ARGS` as a real process, as `npx sitrep` starts it: bin/sitrep.js loading tsx. */
function spawnSitrep(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/sitrep.js', '--knowledge', knowledgeDir, '--data', dataDir, ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

beforeAll(() => {
  knowledgeDir = mkdtempSync(join(tmpdir(), 'sitrep-cli-knowledge-'));
  dataDir = mkdtempSync(join(tmpdir(), 'sitrep-cli-data-'));
  copyFileSync(`knowledge/${SEED_ID}.txt`, join(knowledgeDir, `${SEED_ID}.txt`));
  writeFileSync(join(knowledgeDir, 'broken.json'), '{"title": "half a record",');
  vi.stubEnv('LOG_LEVEL', 'silent');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(knowledgeDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the sitrep CLI', () => {
  test('index --json counts what loaded and names every skipped file; --strict fails on skips', async () => {
    const run = await sitrep(['index', '--json', '--strict']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ articles: 1, passages: 13, quotes: 7 });
    expect(report.skipped).toEqual([{ file: 'broken.json', reason: expect.stringMatching(/JSON/i) }]);
  });

  test('ask --json prints the contract shape', async () => {
    const run = await sitrep(['ask', 'Where was the inaugural NATO Space Symposium held?', '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.answer).toContain('Toulouse');
    expect(answer.confidence).toBeGreaterThan(0);
    expect(answer.citations[0]).toMatchObject({ articleId: SEED_ID, published: '2024-05-06' });
  });

  test('ask --jsonl answers one line per question, refusals with a null answer', async () => {
    const input = [
      JSON.stringify({ id: 'a', question: 'How many NATO countries attended the symposium?' }),
      JSON.stringify({ id: 'b', question: 'What are the zebra migration routes in Kenya?' }),
    ].join('\n');
    const run = await sitrep(['ask', '--jsonl'], input);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(lines[0].answer).toContain('27 of the 32');
    expect(lines[1].answer).toBeNull();
    expect(lines[1].citations).toEqual([]);
    expect(Array.isArray(lines[1].closest)).toBe(true);
  });

  test('ask --jsonl answers a bad line with an error line in its place', async () => {
    const input = [
      JSON.stringify({ id: 'a', question: 'Where was the inaugural NATO Space Symposium held?' }),
      'this line is not JSON',
      JSON.stringify({ id: 'c', query: 'a search line sent to ask' }),
    ].join('\n');
    const run = await sitrep(['ask', '--jsonl'], input);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a', answer: expect.stringContaining('Toulouse') });
    expect(lines[1]).toEqual({ error: { code: 'input.notJson', message: expect.any(String) } });
    expect(lines[2]).toEqual({ id: 'c', error: { code: 'input.missingField', message: expect.any(String) } });
  });

  test('quote --all --jsonl prints every extracted quote', async () => {
    const run = await sitrep(['quote', '--all', '--jsonl']);
    const quotes = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(quotes).toHaveLength(7);
    expect(quotes.filter((quote) => quote.speakerShort === 'James')).toHaveLength(4);
  });

  test('with no platform tokens and piped input, `sitrep` answers each line and exits', async () => {
    // A real process: stdin that is not a terminal is what makes `sitrep` answer lines and exit.
    const run = await spawnSitrep(
      [],
      'Where was the inaugural NATO Space Symposium held?\nquote space is hard\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Toulouse, France');
    expect(run.stdout).toContain('— Lt. Gen. Thomas James, U.S. Space Command deputy commander');
  });

  test('a usage error exits 2 with the reason on stderr', async () => {
    const run = await sitrep(['search', '--limit', 'many']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/limit/);
  });
});
