import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads';

/** A worker's answer to one call, as `answer-calls.mjs` posts it. */
export type CallAnswer = { ok: true; value: unknown } | { ok: false; message: string; code?: string };

export type CallResult =
  | { status: 'answered'; answer: CallAnswer }
  | { status: 'timed-out' }
  /** The worker published the call's number without posting its answer (never expected). */
  | { status: 'lost' };

/** The worker's end of the channel: pass it in `workerData`, its port in `transferList`. */
export interface WorkerEnd {
  port: MessagePort;
  signal: SharedArrayBuffer;
}

const LAST_ID = 0x7fff_ffff;

/**
 * The main thread's side of a blocking call into a worker thread (the worker side is
 * `answer-calls.mjs`): the request goes over a MessagePort, and the main thread blocks in
 * `Atomics.wait` until the worker publishes the call's number in a shared cell.
 *
 * Each call has its own number, and a wake-up counts only when the cell holds that number,
 * because wake-ups and answers can belong to another call: under CPU load the worker may be
 * descheduled between publishing an answer and notifying, the main thread then finds the answer
 * without sleeping, moves on to its next call, and the late notify wakes it inside that call
 * before its answer exists; and an answer to a call that timed out arrives during a later one.
 * Reading either as the current call's answer would shift every later answer by one.
 */
export class BlockingChannel {
  readonly workerEnd: WorkerEnd;
  private readonly port: MessagePort;
  private readonly cell: Int32Array;
  private lastId = 0;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    this.port = port1;
    this.cell = new Int32Array(signal);
    this.workerEnd = { port: port2, signal };
  }

  /** Sends `request` and blocks until its own answer arrives or `timeoutMs` has passed. */
  call(request: unknown, timeoutMs: number): CallResult {
    const id = this.nextId();
    this.port.postMessage({ id, request });
    const deadline = performance.now() + timeoutMs;
    for (let seen = Atomics.load(this.cell, 0); seen !== id; seen = Atomics.load(this.cell, 0)) {
      const left = deadline - performance.now();
      if (left <= 0) return { status: 'timed-out' };
      Atomics.wait(this.cell, 0, seen, left);
    }
    // The worker posts an answer before publishing its number, so this call's answer is queued,
    // behind any late answers to calls that timed out, which nobody waits for any more.
    for (let received = this.receive(); received; received = this.receive()) {
      if (received.id === id) return { status: 'answered', answer: received.answer };
    }
    return { status: 'lost' };
  }

  close(): void {
    this.port.close();
  }

  private receive(): { id: number; answer: CallAnswer } | undefined {
    return receiveMessageOnPort(this.port)?.message as { id: number; answer: CallAnswer } | undefined;
  }

  /** 1 … 2^31 − 1, then 1 again: never 0, the cell's value before the first answer. */
  private nextId(): number {
    this.lastId = this.lastId === LAST_ID ? 1 : this.lastId + 1;
    return this.lastId;
  }
}
