/** Waits until Sitrep may post in a channel again. */
export type ChannelPacer = (channelId: string) => Promise<void>;

export interface PacerOptions {
  /** Minimum time between two posts in one channel. Slack allows about one message per second. */
  intervalMs?: number;
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
}

const FORGET_AFTER_CHANNELS = 1_000;

/**
 * Spaces posts to each channel at least `intervalMs` apart, in the order they were asked for;
 * different channels never wait for each other. The first post to a channel goes at once.
 * @see https://docs.slack.dev/apis/web-api/rate-limits#each-method
 */
export function createChannelPacer({
  intervalMs = 1_000,
  now = Date.now,
  wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: PacerOptions = {}): ChannelPacer {
  const nextSlot = new Map<string, number>();
  return async (channelId) => {
    const time = now();
    const slot = Math.max(time, nextSlot.get(channelId) ?? 0);
    nextSlot.set(channelId, slot + intervalMs);
    if (nextSlot.size > FORGET_AFTER_CHANNELS) forgetPast(nextSlot, time);
    if (slot > time) await wait(slot - time);
  };
}

function forgetPast(slots: Map<string, number>, time: number): void {
  for (const [channelId, slot] of slots) if (slot <= time) slots.delete(channelId);
}
