import type { Clock } from '../clock.ts';

const WINDOW_MS = 60_000;
/** Keys kept at most; idle ones are dropped first, so a flood of new ids cannot grow memory. */
const MAX_KEYS = 20_000;

/**
 * Counts events per key over the last minute (a sliding window of timestamps). `take` records
 * an event and says whether it was within the limit, or how long until it would be.
 */
export class SlidingWindowLimit {
  readonly #limit: number;
  readonly #clock: Clock;
  readonly #events = new Map<string, number[]>();

  constructor(limitPerMinute: number, clock: Clock) {
    this.#limit = limitPerMinute;
    this.#clock = clock;
  }

  /** Milliseconds until `key` may act again, or 0 when it may now. Does not record anything. */
  waitFor(key: string): number {
    if (this.#limit <= 0) return 0;
    const recent = this.#recent(key);
    if (recent.length < this.#limit) return 0;
    return Math.max(1, (recent[recent.length - this.#limit] ?? 0) + WINDOW_MS - this.#clock.now().getTime());
  }

  record(key: string): void {
    if (this.#limit <= 0) return;
    const recent = this.#recent(key);
    recent.push(this.#clock.now().getTime());
    this.#events.delete(key);
    this.#events.set(key, recent); // most recently used last, for eviction
    if (this.#events.size > MAX_KEYS) this.#evict();
  }

  #recent(key: string): number[] {
    const since = this.#clock.now().getTime() - WINDOW_MS;
    const times = (this.#events.get(key) ?? []).filter((time) => time > since);
    if (times.length === 0) this.#events.delete(key);
    return times;
  }

  #evict(): void {
    for (const key of this.#events.keys()) {
      if (this.#events.size <= MAX_KEYS) return;
      this.#events.delete(key);
    }
  }
}
