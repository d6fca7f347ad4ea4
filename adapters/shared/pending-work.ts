/**
 * What an adapter is still doing for requests it took (working out the answer and sending it),
 * so a stop lets it finish before the connection closes. The core's drain ends when a reply is
 * ready; the reply still has to reach the platform, and a process that exits in between loses it.
 */
export class PendingWork {
  readonly #running = new Set<Promise<unknown>>();

  /** Tracks `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#running.add(work);
    const forget = () => this.#running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /**
   * Resolves once nothing is pending, work that started meanwhile included (a "restarting" reply
   * to a late request), or after `timeoutMs`, with how much was still pending.
   */
  async settle(timeoutMs: number): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    while (this.#running.size > 0) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.#running]),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        }),
      ]);
      clearTimeout(timer);
    }
    return this.#running.size;
  }
}
