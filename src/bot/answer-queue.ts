import type { ErrorReply, Reply } from '../replies/reply.ts';
import type { Bot } from './bot.ts';
import type { CommandRequest } from './request.ts';

export interface AnswerQueueOptions {
  /** Answers worked on at once; more wait their turn. I/O-bound ones (a fetch) do not block the rest. */
  concurrency?: number;
  /** A request that waited longer is answered "busy" instead: its asker has likely given up. */
  maxWaitMs?: number;
  /** Requests waiting at most; beyond it a request is answered "busy" at once, so memory stays bounded. */
  maxWaiting?: number;
  /** Milliseconds on a monotonic clock; tests pass their own. */
  now?: () => number;
}

const BUSY: ErrorReply = {
  kind: 'error',
  code: 'bot.busy',
  message: 'Sitrep is very busy right now and could not get to your request. Please try again in a minute.',
};

interface Waiting {
  request: CommandRequest;
  since: number;
  resolve(reply: Reply): void;
}

/**
 * Answers from chat platforms wait their turn, and the event loop gets a turn between them: under
 * a burst, acknowledging new requests (Slack's 3 s, Discord's deferral) is never starved by
 * answers being worked out, and what cannot be answered in time gets one polite "busy" reply.
 * The CLI runs its own batches and is not queued.
 */
export function withAnswerQueue(bot: Bot, options: AnswerQueueOptions = {}): Bot {
  const concurrency = options.concurrency ?? 4;
  const maxWaitMs = options.maxWaitMs ?? 20_000;
  const maxWaiting = options.maxWaiting ?? 2_000;
  const now = options.now ?? (() => performance.now());
  const waiting: Waiting[] = [];
  let running = 0;
  let scheduled = false;

  // One answer starts per turn of the event loop (setImmediate), so the I/O in between (new
  // requests and their acknowledgements) is never starved by a run of answers.
  const pump = () => {
    if (scheduled || running >= concurrency || waiting.length === 0) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      let next = waiting.shift();
      while (next && now() - next.since > maxWaitMs) {
        next.resolve(BUSY);
        next = waiting.shift();
      }
      if (next) {
        const { request, resolve } = next;
        running++;
        bot
          .handle(request)
          .then(resolve, () => resolve(BUSY))
          .finally(() => {
            running--;
            pump();
          });
      }
      pump();
    });
  };

  return {
    ...bot,
    handle(request) {
      if (request.channel.platform === 'cli') return bot.handle(request);
      if (waiting.length >= maxWaiting) return Promise.resolve(BUSY);
      return new Promise((resolve) => {
        waiting.push({ request, since: now(), resolve });
        pump();
      });
    },
  };
}
