import type { ChannelRef } from '../../bot/request.ts';
import { channelKey } from '../../subscriptions/subscription.ts';
import type { AnswerRecord, Vote } from '../feedback-store.ts';

/**
 * Rows of the `answers` and `votes` tables and their mapping to records. SQLite and PostgreSQL
 * hold the same values (ISO instants, JSON as text, 0/1 flags), so both stores share it.
 */

export interface AnswerRow {
  id: string;
  channel_key: string;
  channel: string;
  user_id: string;
  question: string;
  answered: number;
  answer: string | null;
  article_id: string | null;
  sentence: string | null;
  confidence: number;
  closest: string;
  asked_at: string;
}

export interface VoteRow {
  answer_id: string;
  user_id: string;
  helpful: number;
  channel_key: string;
  channel: string;
  question: string;
  article_id: string | null;
  sentence: string | null;
  confidence: number;
  voted_at: string;
}

/** The answers columns in table order. */
export const ANSWER_COLUMNS = [
  'id',
  'channel_key',
  'channel',
  'user_id',
  'question',
  'answered',
  'answer',
  'article_id',
  'sentence',
  'confidence',
  'closest',
  'asked_at',
] as const satisfies ReadonlyArray<keyof AnswerRow>;

/** The votes columns in table order. */
export const VOTE_COLUMNS = [
  'answer_id',
  'user_id',
  'helpful',
  'channel_key',
  'channel',
  'question',
  'article_id',
  'sentence',
  'confidence',
  'voted_at',
] as const satisfies ReadonlyArray<keyof VoteRow>;

export function answerToRow(r: AnswerRecord): AnswerRow {
  return {
    id: r.id,
    channel_key: channelKey(r.channel),
    channel: JSON.stringify(r.channel),
    user_id: r.userId,
    question: r.question,
    answered: r.answered ? 1 : 0,
    answer: r.answer ?? null,
    article_id: r.articleId ?? null,
    sentence: r.sentence ?? null,
    confidence: r.confidence,
    closest: JSON.stringify(r.closest),
    asked_at: r.askedAt,
  };
}

export function voteToRow(v: Vote): VoteRow {
  return {
    answer_id: v.answerId,
    user_id: v.userId,
    helpful: v.helpful ? 1 : 0,
    channel_key: channelKey(v.channel),
    channel: JSON.stringify(v.channel),
    question: v.question,
    article_id: v.articleId ?? null,
    sentence: v.sentence ?? null,
    confidence: v.confidence,
    voted_at: v.votedAt,
  };
}

export function rowToAnswer(row: AnswerRow): AnswerRecord {
  return {
    id: row.id,
    channel: JSON.parse(row.channel) as ChannelRef,
    userId: row.user_id,
    question: row.question,
    answered: row.answered === 1,
    ...(row.answer !== null ? { answer: row.answer } : {}),
    ...(row.article_id !== null ? { articleId: row.article_id } : {}),
    ...(row.sentence !== null ? { sentence: row.sentence } : {}),
    confidence: row.confidence,
    closest: JSON.parse(row.closest) as AnswerRecord['closest'],
    askedAt: row.asked_at,
  };
}

export function rowToVote(row: VoteRow): Vote {
  return {
    answerId: row.answer_id,
    userId: row.user_id,
    helpful: row.helpful === 1,
    channel: JSON.parse(row.channel) as ChannelRef,
    question: row.question,
    ...(row.article_id !== null ? { articleId: row.article_id } : {}),
    ...(row.sentence !== null ? { sentence: row.sentence } : {}),
    confidence: row.confidence,
    votedAt: row.voted_at,
  };
}

/** The answer's column values in table order, for positional parameters. */
export function answerValues(record: AnswerRecord): Array<string | number | null> {
  const row = answerToRow(record);
  return ANSWER_COLUMNS.map((column) => row[column]);
}

/** The vote's column values in table order, for positional parameters. */
export function voteValues(vote: Vote): Array<string | number | null> {
  const row = voteToRow(vote);
  return VOTE_COLUMNS.map((column) => row[column]);
}
