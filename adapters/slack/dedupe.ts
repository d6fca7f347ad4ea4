import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

/** The last `capacity` keys seen, oldest forgotten first: memory stays bounded however long Sitrep runs. */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 2_000) {}

  /** Records `key`; returns false when it is already among the recent keys. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    return true;
  }
}

/**
 * Lets each Slack event through once. Slack retries an event it thinks was missed
 * (`X-Slack-Retry-Num`, up to 3 times) and Bolt passes retries on, so a repeat of an
 * `event_id` is dropped here. The same message can also arrive as two events (a mention in a
 * direct message is both `message.im` and `app_mention`), so its channel and ts count too.
 * A retry of an event this process never saw (the first delivery was lost) is answered.
 */
export function dedupeEvents(recent: RecentKeys, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const keys = eventKeys(body);
    const fresh = keys.map((key) => recent.add(key));
    if (fresh.every(Boolean)) {
      await next();
      return;
    }
    logger.info(
      {
        eventId: (body as { event_id?: string }).event_id,
        retryNum: context.retryNum,
        retryReason: context.retryReason,
      },
      'Slack event already handled; ignoring the repeat',
    );
  };
}

function eventKeys(body: unknown): string[] {
  const envelope = body as { type?: string; event_id?: string; event?: AnsweredEvent };
  if (envelope.type !== 'event_callback') return [];
  const keys = envelope.event_id ? [`event:${envelope.event_id}`] : [];
  const event = envelope.event;
  if (event && isAnswered(event) && typeof event.channel === 'string' && typeof event.ts === 'string') {
    keys.push(`message:${event.channel}:${event.ts}`);
  }
  return keys;
}

interface AnsweredEvent {
  type?: string;
  channel_type?: string;
  channel?: unknown;
  ts?: unknown;
}

/** Only the events Sitrep answers share message keys, so an unrelated event never hides a mention. */
function isAnswered(event: AnsweredEvent): boolean {
  return event.type === 'app_mention' || (event.type === 'message' && event.channel_type === 'im');
}
