// A worker for blocking-channel.test.ts: answers calls the way pg-worker.mjs does, and can
// reproduce, without timing, the two ways a wake-up or an answer belongs to another call.
import { workerData } from 'node:worker_threads';
import { answerCalls } from '../../src/store/postgres/answer-calls.mjs';

const cell = new Int32Array(workerData.signal);
const release = new Int32Array(workerData.release);

answerCalls(workerData, async (request) => {
  switch (request.op) {
    case 'echo':
      return request.value;
    case 'fail':
      throw Object.assign(new Error(request.message), { code: request.code });
    case 'stray-wake':
      // A notify that is not this call's answer (one published late for the previous call):
      // repeated until it has woken the waiting main thread, so the call is sure to see it.
      while (Atomics.notify(cell, 0) === 0) {
        // the main thread is not waiting yet
      }
      return request.value;
    case 'held':
      // Answers only once the test releases it, after the main thread has given up on it.
      Atomics.wait(release, 0, 0);
      return request.value;
    default:
      throw new Error(`unknown op ${request.op}`);
  }
});
