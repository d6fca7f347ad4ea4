import { Readable } from 'node:stream';
import { vi } from 'vitest';
import { sitrepCli } from '../../adapters/cli-options.ts';
import { runCli } from '../../src/cli/program.ts';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout then stderr, as lines: what a person sees on the terminal after a command. */
  lines: string[];
}

/**
 * Runs `sitrep ARGS` in this process (spawning tsx costs seconds of CPU per command): stdout and
 * stderr writes are captured for the run, `input` (if given) is what the command reads on stdin,
 * and the exit code is read back; all three are restored afterwards. Logs are off only when the
 * caller's environment says so (LOG_LEVEL=silent), so only what the command prints shows.
 * What a real process adds (bin/sitrep.js loading tsx, exit with process.exitCode) is covered by
 * the spawned tests in test/cli/cli.test.ts.
 */
export async function runSitrepInProcess(args: string[], input?: string): Promise<CliRun> {
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
  // A piped stdin that ends after `input`, as `printf … | sitrep …` gives the command.
  const stdin =
    input === undefined
      ? undefined
      : vi
          .spyOn(process, 'stdin', 'get')
          .mockReturnValue(Readable.from(input ? [input] : []) as typeof process.stdin);
  try {
    await runCli(sitrepCli, ['node', 'sitrep', ...args]);
  } finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
    stdin?.mockRestore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = previousExit;
  const stdout = out.join('');
  const stderr = err.join('');
  return { exitCode, stdout, stderr, lines: `${stdout}${stderr}`.replace(/\n$/, '').split('\n') };
}
