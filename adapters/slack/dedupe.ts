import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

/** Where handled event keys are recorded: in memory for one process, or the shared store for replicas. */
export interface EventKeys {
  /** Records `key`; false when it was recorded before. */
  add(key: string): boolean;
}

export { RecentKeys } from '../../src/store/recent-keys.ts';

export interface DedupeOptions {
  /**
   * Whether a slash command can arrive twice (default true). Only Socket Mode redelivers one;
   * over HTTP, Slack never retries a slash command, so its key is not worth a database write
   * on every request.
   */
  commandsRedelivered?: boolean;
}

/**
 * Lets each Slack event through once. Slack retries an event it thinks was missed
 * (`X-Slack-Retry-Num`, up to 3 times) and Bolt passes retries on, so a repeat of an
 * `event_id` is dropped here. The same message can also arrive as two events (a mention in a
 * direct message is both `message.im` and `app_mention`), so its channel and ts count too.
 * A retry of an event never seen (the first delivery was lost) is answered. With replicas the
 * keys live in the shared store, so a retry that reaches another replica is still dropped.
 */
export function dedupeEvents(
  recent: EventKeys,
  logger: Logger,
  { commandsRedelivered = true }: DedupeOptions = {},
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    if (isCommand(body) && !commandsRedelivered) {
      await next();
      return;
    }
    const keys = eventKeys(body);
    const fresh = keys.map((key) => recent.add(key));
    // A slash command is only dropped when it says it is a redelivery (Socket Mode retries).
    const isRepeat = isCommand(body) ? context.retryNum !== undefined : true;
    if (fresh.every(Boolean) || !isRepeat) {
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

function isCommand(body: unknown): boolean {
  return typeof (body as { command?: unknown }).command === 'string';
}

function eventKeys(body: unknown): string[] {
  const envelope = body as { type?: string; event_id?: string; event?: AnsweredEvent; trigger_id?: unknown };
  if (isCommand(body) && typeof envelope.trigger_id === 'string') return [`command:${envelope.trigger_id}`];
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
