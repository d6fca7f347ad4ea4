import type { ChannelRef } from '../bot/request.ts';

/** An article named in a record: enough to list it, not the article itself. */
export interface ArticleRef {
  articleId: string;
  title: string;
}

/**
 * One question Sitrep answered or refused, kept for the `feedback` and `gaps` reports and for
 * votes to point at. Deleted after the retention period (FEEDBACK_RETENTION_DAYS).
 */
export interface AnswerRecord {
  /** Random, unguessable; buttons and `+1` refer to it. */
  id: string;
  channel: ChannelRef;
  userId: string;
  question: string;
  /** False when Sitrep said it does not know (a gap). */
  answered: boolean;
  /** The answer text, when answered. */
  answer?: string;
  /** The article and sentence the answer came from (its first citation), when answered. */
  articleId?: string;
  sentence?: string;
  confidence: number;
  /** For a refusal: the closest articles Sitrep offered instead. */
  closest: ArticleRef[];
  askedAt: string;
}

/** A person's verdict on one answer, with what they were judging. */
export interface Vote {
  answerId: string;
  userId: string;
  helpful: boolean;
  channel: ChannelRef;
  question: string;
  articleId?: string;
  sentence?: string;
  confidence: number;
  votedAt: string;
}

/** `new`: first vote on the answer by that user; `changed`: replaced an opposite vote; `same`: no change. */
export type VoteOutcome = 'new' | 'changed' | 'same';

/**
 * Answers, refusals and votes. Times are ISO instants; `since` bounds are inclusive.
 * Implementations: `MemoryFeedbackStore` (tests), `SqliteStore` (data/sitrep.db) and
 * `PostgresStore` (shared by replicas).
 * Synchronous, like the rest of the store.
 */
export interface FeedbackStore {
  recordAnswer(record: AnswerRecord): void;
  getAnswer(id: string): AnswerRecord | undefined;
  /** The latest answer (not refusal) given to `userId` in `channel`: what `+1` refers to. */
  latestAnswer(channel: ChannelRef, userId: string): AnswerRecord | undefined;
  /** Stores the vote, replacing the user's earlier vote on the same answer. */
  saveVote(vote: Vote): VoteOutcome;
  /** Answers and refusals asked at or after `since`, oldest first. */
  answersSince(since: string): AnswerRecord[];
  /** Votes cast at or after `since`, oldest first. */
  votesSince(since: string): Vote[];
  /** Deletes answers asked and votes cast before `before`; returns how many records went. */
  purgeBefore(before: string): number;
  /** Deletes every answer, refusal and vote of `channel` (all channels when omitted); returns the count. */
  purgeChannel(channel?: ChannelRef): number;
}
