/**
 * Items in the order they arrived, and a way to await the first one, past or future, that
 * matches: a test waits for "this happened" instead of sleeping.
 */
export class Recorded<T> {
  readonly items: T[] = [];
  private readonly waiters: Array<{ matches: (item: T) => boolean; resolve: (item: T) => void }> = [];

  push(item: T): void {
    this.items.push(item);
    for (const waiter of [...this.waiters]) {
      if (!waiter.matches(item)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(item);
    }
  }

  waitFor(matches: (item: T) => boolean): Promise<T> {
    const seen = this.items.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ matches, resolve }));
  }
}
