import type { AnalyzedArticle } from '../analysis/types.ts';
import type { CommandRequest, UserRef } from '../bot/request.ts';
import type { FeedbackService } from '../feedback/feedback-service.ts';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.ts';
import type { FeedHealth, Reply } from '../replies/reply.ts';
import type { CommandContext } from './command.ts';
import type { GapsScheduleAction } from './gaps-action.ts';

/** Subscription management for `digest subscribe|unsubscribe|status|now|preview`. */
export interface DigestControl {
  handle(action: string, args: CommandRequest['args'], context: CommandContext): Promise<Reply>;
}

/** The channel's weekly post of unanswered questions: `gaps subscribe|unsubscribe|status`. */
export interface GapsControl {
  handle(action: GapsScheduleAction, args: CommandRequest['args'], context: CommandContext): Reply;
}

/** A page read for `summarize URL`, and whether it joined the shared knowledge base. */
export interface ImportedPage {
  article: AnalyzedArticle;
  added: boolean;
}

/** What commands read from. The bot builds it once at startup. */
export interface Services {
  knowledge: KnowledgeBase;
  /** Health of the feeds in knowledge/feeds.txt. */
  feeds(): FeedHealth[];
  /** Absent where there are no channels to schedule (the one-shot CLI). */
  digests?: DigestControl;
  /**
   * Fetches the article at a URL for `user`, adding it to the shared knowledge base only where
   * configuration allows; throws a `UserError` when the page cannot be read or is refused.
   * Absent where nothing may be fetched (the one-shot CLI, tests).
   */
  importUrl?(url: string, user: UserRef): Promise<ImportedPage>;
  /** Answers, refusals and votes; absent where nothing is recorded (the one-shot CLI, most tests). */
  feedback?: FeedbackService;
  /** Absent where there are no channels to post into (the one-shot CLI). */
  gapsSchedule?: GapsControl;
}
