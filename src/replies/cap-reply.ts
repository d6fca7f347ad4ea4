import type { Digest, Reply } from './reply.ts';

/**
 * The most messages one reply may take on any platform (and in the console). A briefing over
 * 2,000 articles once took 41 Slack and 111 Discord messages: a wall nobody reads that also
 * hits the platforms' rate limits. What does not fit is left out, and the reply says so.
 */
export const MAX_MESSAGES_PER_REPLY = 3;

/**
 * Renders `reply` with the platform's `render` into at most `max` messages. A digest that needs
 * more keeps as many of its articles as fit (in order, whole groups first) and gets `omitted`,
 * which every renderer shows as {@link omittedNote}; a list of quotes likewise
 * ({@link omittedQuotesNote}). Any other reply that still needs more (their lists are already
 * bounded by their commands) is cut to `max` messages.
 */
export function capReply<M>(reply: Reply, render: (reply: Reply) => M[], max = MAX_MESSAGES_PER_REPLY): M[] {
  const full = render(reply);
  if (full.length <= max) return full;
  const shorten = shortener(reply);
  if (shorten) {
    // The largest number of items that still fits, by binary search: rendering is linear, so
    // this costs a few renders, not one per item.
    let low = 0;
    let high = shorten.total - 1;
    let best: M[] | undefined;
    while (low <= high) {
      const keep = (low + high) >> 1;
      const messages = render(shorten.keep(keep));
      if (messages.length <= max) {
        best = messages;
        low = keep + 1;
      } else {
        high = keep - 1;
      }
    }
    if (best) return best;
  }
  return full.slice(0, max);
}

/** The replies that list many items: how many they hold, and the reply with only the first `n`. */
function shortener(reply: Reply): { total: number; keep(n: number): Reply } | null {
  if (reply.kind === 'digest') {
    const total = countItems(reply.digest);
    return { total, keep: (n) => ({ ...reply, digest: firstItems(reply.digest, n, total) }) };
  }
  if (reply.kind === 'quotes') {
    const total = reply.quotes.length;
    const omitted = (n: number) => (reply.omitted ?? 0) + total - n;
    return { total, keep: (n) => ({ ...reply, quotes: reply.quotes.slice(0, n), omitted: omitted(n) }) };
  }
  return null;
}

/** What a shortened digest says about the articles it left out. */
export function omittedNote(omitted: number): string {
  const articles = omitted === 1 ? '1 more article' : `${omitted} more articles`;
  return `… and ${articles} not shown; ask for a shorter window, e.g. \`digest 1d\`.`;
}

/** What a shortened list of quotes says about the quotes it left out. */
export function omittedQuotesNote(omitted: number): string {
  return `… and ${omitted === 1 ? '1 more quote' : `${omitted} more quotes`} not shown.`;
}

function countItems(digest: Digest): number {
  return digest.groups.reduce((sum, group) => sum + group.items.length, 0);
}

/** The digest with only its first `keep` articles, in order, and the count of the rest. */
function firstItems(digest: Digest, keep: number, total: number): Digest {
  let left = keep;
  const groups = digest.groups
    .map((group) => {
      const items = group.items.slice(0, Math.max(0, left));
      left -= items.length;
      return { ...group, items };
    })
    .filter((group) => group.items.length > 0);
  return { ...digest, groups, omitted: (digest.omitted ?? 0) + total - keep };
}
