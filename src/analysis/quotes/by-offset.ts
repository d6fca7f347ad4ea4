/**
 * Binary search over items sorted by an offset (mentions by `start`, quote spans by `openAt`),
 * so that looking things up around each quote costs a logarithm, not a scan of the article:
 * scans made an article with thousands of quotes quadratic.
 */
export function firstAtOrAfter<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle] as T) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How far back a lookup walks from a quote; real articles name far fewer people than this. */
export const MAX_LOOKBACK = 500;
