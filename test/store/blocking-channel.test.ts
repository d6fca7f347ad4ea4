import { Worker } from 'node:worker_threads';
import { afterEach, expect, test } from 'vitest';
import { BlockingChannel } from '../../src/store/postgres/blocking-channel.ts';

let worker: Worker | undefined;

afterEach(async () => {
  await worker?.terminate();
  worker = undefined;
});

/** A channel to blocking-channel.worker.mjs, and the cell that releases its `held` calls. */
function start(): { channel: BlockingChannel; release: () => void } {
  const channel = new BlockingChannel();
  const release = new Int32Array(new SharedArrayBuffer(4));
  worker = new Worker(new URL('./blocking-channel.worker.mjs', import.meta.url), {
    workerData: { ...channel.workerEnd, release: release.buffer },
    transferList: [channel.workerEnd.port],
    execArgv: [],
  });
  return {
    channel,
    release: () => {
      Atomics.store(release, 0, 1);
      Atomics.notify(release, 0);
    },
  };
}

test('each call gets its own answer, and a failure comes back with its message and code', () => {
  const { channel } = start();
  for (let i = 0; i < 200; i++) {
    expect(channel.call({ op: 'echo', value: i }, 10_000)).toEqual({
      status: 'answered',
      answer: { ok: true, value: i },
    });
  }
  expect(
    channel.call({ op: 'fail', message: 'relation "runs" does not exist', code: '42P01' }, 10_000),
  ).toEqual({
    status: 'answered',
    answer: { ok: false, message: 'relation "runs" does not exist', code: '42P01' },
  });
});

test('a wake-up that is not the call’s answer does not end the call, and later answers stay in step', () => {
  const { channel } = start();
  expect(channel.call({ op: 'stray-wake', value: 'mine' }, 10_000)).toEqual({
    status: 'answered',
    answer: { ok: true, value: 'mine' },
  });
  expect(channel.call({ op: 'echo', value: 'next' }, 10_000)).toMatchObject({ answer: { value: 'next' } });
});

test('an answer that arrives after its call timed out is never read as a later call’s', () => {
  const { channel, release } = start();
  // The worker holds this call until released: a zero wait gives up on it at once.
  expect(channel.call({ op: 'held', value: 'late' }, 0)).toEqual({ status: 'timed-out' });
  release();
  expect(channel.call({ op: 'echo', value: 'after' }, 10_000)).toEqual({
    status: 'answered',
    answer: { ok: true, value: 'after' },
  });
  expect(channel.call({ op: 'echo', value: 'again' }, 10_000)).toMatchObject({ answer: { value: 'again' } });
});
