import { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisResult } from './analysis-job.ts';

const WORKER = new URL('./analysis-worker.mjs', import.meta.url);

interface Pending {
  resolve: (result: AnalysisResult) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that analyze sources while the main thread reads, hashes and indexes: a cold
 * build of a large knowledge base uses every core. Jobs queue when all threads are busy. A
 * thread that dies fails its job (the caller analyzes that source itself) and is not replaced.
 */
export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly queue: { job: AnalysisJob; transfer: ArrayBuffer[]; pending: Pending }[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 0;

  constructor(size: number) {
    for (let n = 0; n < size; n++) this.idle.push(this.spawn());
  }

  /** Analyzes `job` on a free thread; `transfer` lists buffers the job hands over. */
  run(job: AnalysisJob, transfer: ArrayBuffer[] = []): Promise<AnalysisResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, transfer, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  /** Stops every thread; jobs not yet done fail. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...this.running.keys()];
    this.idle.length = 0;
    for (const { pending } of this.queue.splice(0)) pending.reject(new Error('the analysis pool closed'));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER);
    worker.on('message', (message: { result?: AnalysisResult; error?: string }) => {
      const pending = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if (message.result) pending?.resolve(message.result);
      else pending?.reject(new Error(message.error ?? 'analysis failed'));
      this.dispatch();
    });
    worker.on('error', (error) => this.retire(worker, error));
    worker.on('exit', (code) => this.retire(worker, new Error(`analysis thread exited with code ${code}`)));
    return worker;
  }

  private retire(worker: Worker, error: Error): void {
    const pending = this.running.get(worker);
    this.running.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    pending?.reject(error);
    // With no thread left, queued jobs fail too, and their callers analyze them themselves.
    if (this.idle.length + this.running.size === 0) {
      for (const { pending: queued } of this.queue.splice(0)) queued.reject(error);
    }
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const { job, transfer, pending } = this.queue.shift() as (typeof this.queue)[number];
      this.running.set(worker, pending);
      worker.postMessage({ id: this.nextId++, job }, transfer);
    }
  }
}
