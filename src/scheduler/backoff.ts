const MINUTE_MS = 60_000;
const MAX_DELAY_MS = 60 * MINUTE_MS;

/**
 * How long to wait before attempt `failedAttempts + 1` after a transient failure: 1, 2, 4, 8,
 * 16, 32 minutes, then hourly. Retries stop when the briefing falls out of the grace period.
 */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(MAX_DELAY_MS, MINUTE_MS * 2 ** Math.max(0, failedAttempts - 1));
}
