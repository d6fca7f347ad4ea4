import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Recorded } from '../fakes/shared/recorded.ts';

export interface ProcessLogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/**
 * `sitrep` started as `npm start` starts it (adapters/entry.ts, tsx loaded once by `node
 * --import tsx`), with only the environment given, and its JSON log lines on stderr kept, so a
 * test awaits "this was logged" instead of sleeping.
 */
export class SitrepProcess {
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly output: string[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines = new Recorded<ProcessLogLine>();

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'adapters/entry.ts'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    this.child.stdout.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    createInterface({ input: this.child.stderr }).on('line', (line) => {
      this.output.push(line);
      try {
        this.lines.push(JSON.parse(line) as ProcessLogLine);
      } catch {
        // Not a log record (a crash before the logger existed): kept in `output` for the report.
      }
    });
  }

  get logs(): ProcessLogLine[] {
    return this.lines.items;
  }

  /** The first log line, past or future, that satisfies `matches`; rejects if the process exits first. */
  waitForLog(matches: (line: ProcessLogLine) => boolean): Promise<ProcessLogLine> {
    return Promise.race([
      this.lines.waitFor(matches),
      this.exited.then(({ code }) => {
        throw new Error(`sitrep exited (${code}) before the line awaited:\n${this.output.join('\n')}`);
      }),
    ]);
  }

  /** The port the Slack HTTP receiver listens on, once it does. */
  async slackPort(): Promise<number> {
    const line = await this.waitForLog((l) => l.msg.startsWith('Slack adapter listening'));
    return Number(line['port']);
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** For cleanup after a failure: the process is gone, whatever state it was in. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}
