import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const SCRIPT = 'test/replicas/replica.script.ts';

/**
 * A replica process and its line protocol (see replica.script.ts). `send` resolves with the
 * answer to its own command, matched by number, or with `died` when the process is killed
 * first, so a driver never hangs on a replica it killed. Other output lines are kept in
 * `unexpected`, never read as an answer.
 */
export class ReplicaProcess {
  readonly exited: Promise<number | null>;
  readonly ready: Promise<number>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, (answer: string) => void>();
  private lastId = 0;
  private alive = true;
  /** Set when the test killed it; a replica that died otherwise is a failure to report. */
  killedByTest = false;
  readonly stderr: string[] = [];
  readonly unexpected: string[] = [];

  constructor(
    readonly name: string,
    env: Record<string, string>,
    startAt: Date,
  ) {
    this.child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, startAt.toISOString()], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    // A command written to a replica being killed fails with EPIPE; its answer is `died`, from 'exit'.
    this.child.stdin.on('error', () => {});
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        this.alive = false;
        for (const resolveAnswer of this.waiting.values()) resolveAnswer('died');
        this.waiting.clear();
        resolve(code);
      }),
    );
    let readyResolve: (port: number) => void = () => {};
    let readyReject: (error: Error) => void = () => {};
    this.ready = new Promise((resolve, reject) => {
      readyResolve = resolve;
      readyReject = reject;
    });
    void this.exited.then(() =>
      readyReject(new Error(`${name} exited before it was ready:\n${this.stderr.join('')}`)),
    );
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const ready = /^ready (\d+)$/.exec(line);
      const answer = /^(\d+) (.*)$/.exec(line);
      const resolveAnswer = answer ? this.waiting.get(Number(answer[1])) : undefined;
      if (ready) readyResolve(Number(ready[1]));
      else if (answer && resolveAnswer) {
        this.waiting.delete(Number(answer[1]));
        resolveAnswer(answer[2]!);
      } else this.unexpected.push(line);
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get isAlive(): boolean {
    return this.alive;
  }

  send(command: string): Promise<string> {
    if (!this.alive) return Promise.resolve('died');
    const id = ++this.lastId;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.stdin.write(`${id} ${command}\n`);
    });
  }

  kill(): void {
    this.killedByTest = true;
    if (this.alive) this.child.kill('SIGKILL');
  }

  /** Ends stdin, so the replica stops cleanly. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child.stdin.end();
    await this.exited;
  }
}
