import { describe, expect, test } from 'vitest';
import { PendingWork } from '../../adapters/shared/pending-work.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('PendingWork', () => {
  test('settles once the work in progress, and work started meanwhile, has finished', async () => {
    const pending = new PendingWork();
    const answer = deferred();
    const late = deferred();
    void pending.track(answer.promise);
    const settled = pending.settle(5_000);
    void pending.track(late.promise);
    answer.resolve();
    await answer.promise;
    late.resolve();
    expect(await settled).toBe(0);
  });

  test('gives up at the timeout and says how much was still pending', async () => {
    const pending = new PendingWork();
    void pending.track(new Promise(() => undefined));
    void pending.track(Promise.reject(new Error('refused')).catch(() => undefined));
    expect(await pending.settle(10)).toBe(1);
  });
});
