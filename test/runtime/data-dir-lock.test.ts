import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/runtime/data-dir-lock.ts';
import { runSitrepInProcess } from '../support/run-sitrep-in-process.ts';

let dataDir: string;
let child: ChildProcess | undefined;
beforeAll(() => vi.stubEnv('LOG_LEVEL', 'silent'));
afterAll(() => vi.unstubAllEnvs());
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

function freshDataDir(): string {
  dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-lock-'));
  return dataDir;
}

/** Another Sitrep process holding `dir`; resolves once it holds the lock. */
function otherProcessHolding(dir: string): Promise<ChildProcess> {
  const script = `import('./src/runtime/data-dir-lock.ts').then((m) => { m.lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 60000); })`;
  const other = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child = other;
  return new Promise((resolve, reject) => {
    other.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve(other);
    });
    other.on('exit', (code) => reject(new Error(`the other process exited (${code})`)));
  });
}

describe('the data directory lock', () => {
  test('a second holder is refused with a message naming the holder and what to do', () => {
    const dir = freshDataDir();
    const first = lockDataDir(dir, { now: () => new Date('2026-01-02T03:04:05Z') });
    let refusal: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toMatch(
      new RegExp(
        `^another Sitrep process \\(pid ${process.pid}.*since 2026-01-02T03:04:05\\.000Z\\) is using the data directory `,
      ),
    );
    expect((refusal as Error).message).toContain('--data DIR');
    first.release();
    lockDataDir(dir).release();
  });

  test('another process holding data/ refuses this one; killing it frees data/ at once', async () => {
    const dir = freshDataDir();
    const other = await otherProcessHolding(dir);
    expect(() => lockDataDir(dir)).toThrow(/another Sitrep process \(pid \d+/);
    const exited = new Promise((resolve) => other.once('exit', resolve));
    other.kill('SIGKILL');
    await exited;
    // No stale lock: the kernel dropped the dead process's lock, so no pid check or cleanup is needed.
    const lock = lockDataDir(dir);
    lock.release();
  });

  test('the sitrep command refuses a data directory in use, with the reason on stderr and exit code 1', async () => {
    const dir = freshDataDir();
    const lock = lockDataDir(dir);
    const knowledge = mkdtempSync(path.join(tmpdir(), 'sitrep-lock-knowledge-'));
    try {
      // In this process, as the CLI tests run it: the lock is refused all the same, since a
      // second lock on data/ is refused to the process that holds the first one too.
      const run = await runSitrepInProcess(['--knowledge', knowledge, '--data', dir, 'index']);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^sitrep: another Sitrep process \\(pid ${process.pid}`));
      expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    } finally {
      lock.release();
      rmSync(knowledge, { recursive: true, force: true });
    }
  });
});
