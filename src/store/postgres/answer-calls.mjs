// The worker side of `BlockingChannel` (blocking-channel.ts). Plain JavaScript: a worker thread
// loads it without a TypeScript loader.

/**
 * Answers each call arriving on `port` with `handle(request)`'s value, or with its error's
 * message and code. The answer, tagged with the call's number, is posted before the number is
 * published in the shared cell: a main thread that sees its number finds its answer queued.
 */
export function answerCalls({ port, signal }, handle) {
  const cell = new Int32Array(signal);
  port.on('message', async ({ id, request }) => {
    let answer;
    try {
      answer = { ok: true, value: await handle(request) };
    } catch (error) {
      answer = { ok: false, message: error?.message ?? String(error), code: error?.code };
    }
    port.postMessage({ id, answer });
    Atomics.store(cell, 0, id);
    Atomics.notify(cell, 0);
  });
}
