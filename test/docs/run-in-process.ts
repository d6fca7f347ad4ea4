import { sitrepCli } from '../../adapters/cli-options.ts';
import { runCli } from '../../src/cli/program.ts';

export interface CliRun {
  exitCode: number;
  /** stdout then stderr, as lines: what a person sees on the terminal after a command. */
  lines: string[];
}

/**
 * Runs `sitrep ARGS` in this process (spawning tsx costs ~1.7 s per command): stdout and stderr
 * writes are captured for the run and the exit code read back, then both are restored. Logs
 * are off (LOG_LEVEL=silent in the caller's environment), so only what the command prints shows.
 */
export async function runSitrepInProcess(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const realOut = process.stdout.write;
  const realErr = process.stderr.write;
  const previousExit = process.exitCode;
  process.exitCode = 0;
  process.stdout.write = ((chunk: string | Uint8Array) =>
    out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) =>
    err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    await runCli(sitrepCli, ['node', 'sitrep', ...args]);
  } finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = previousExit;
  return { exitCode, lines: `${out.join('')}${err.join('')}`.replace(/\n$/, '').split('\n') };
}
