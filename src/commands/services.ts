import type { CommandRequest } from '../bot/request.ts';
import type { FeedbackService } from '../feedback/feedback-service.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { FeedHealth, Reply } from '../replies/reply.ts';
import type { CommandContext } from './command.ts';

/** Subscription management for `digest subscribe|unsubscribe|status|now|preview`. */
export interface DigestControl {
  handle(action: string, args: CommandRequest['args'], context: CommandContext): Promise<Reply>;
}

/** What commands read from. The bot builds it once at startup. */
export interface Services {
  knowledge: KnowledgeBase;
  /** Health of the feeds in knowledge/feeds.txt. */
  feeds(): FeedHealth[];
  /** Absent where there are no channels to schedule (the one-shot CLI). */
  digests?: DigestControl;
  /**
   * Fetches the article at a URL, adds it to the knowledge base and returns its id; throws a
   * `UserError` when the page cannot be read. Absent where nothing may be fetched (tests).
   */
  importUrl?(url: string): Promise<string>;
  /** Answers, refusals and votes; absent where nothing is recorded (the one-shot CLI, most tests). */
  feedback?: FeedbackService;
}
