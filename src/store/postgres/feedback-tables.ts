import type { ChannelRef } from '../../bot/request.ts';
import { channelKey } from '../../subscriptions/subscription.ts';
import type { AnswerRecord, FeedbackStore, Vote, VoteOutcome } from '../feedback-store.ts';
import {
  ANSWER_COLUMNS,
  type AnswerRow,
  answerValues,
  rowToAnswer,
  rowToVote,
  VOTE_COLUMNS,
  type VoteRow,
  voteValues,
} from '../sqlite/feedback-rows.ts';
import type { SyncPostgres } from './sync-postgres.ts';

const ANSWERS = ANSWER_COLUMNS.join(', ');
const VOTES = VOTE_COLUMNS.join(', ');
const placeholders = (count: number) => Array.from({ length: count }, (_, i) => `$${i + 1}`).join(', ');

/**
 * The `answers` and `votes` tables of `PostgresStore` (migration 2), shared by every replica.
 * Each change is one statement, so two replicas recording a vote for the same person and answer
 * at once leave one vote, never two.
 */
export class PostgresFeedbackTables implements FeedbackStore {
  constructor(private readonly db: SyncPostgres) {}

  recordAnswer(record: AnswerRecord): void {
    const updates = ANSWER_COLUMNS.filter((column) => column !== 'id')
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(', ');
    this.db.query(
      `INSERT INTO answers (${ANSWERS}) VALUES (${placeholders(ANSWER_COLUMNS.length)})
       ON CONFLICT (id) DO UPDATE SET ${updates}`,
      answerValues(record),
    );
  }

  getAnswer(id: string): AnswerRecord | undefined {
    const [row] = this.db.query<AnswerRow>(`SELECT ${ANSWERS} FROM answers WHERE id = $1`, [id]);
    return row && rowToAnswer(row);
  }

  latestAnswer(channel: ChannelRef, userId: string): AnswerRecord | undefined {
    const [row] = this.db.query<AnswerRow>(
      `SELECT ${ANSWERS} FROM answers WHERE channel_key = $1 AND user_id = $2 AND answered = 1
       ORDER BY asked_at DESC, seq DESC LIMIT 1`,
      [channelKey(channel), userId],
    );
    return row && rowToAnswer(row);
  }

  /**
   * One upsert that changes a stored vote only when its verdict differs: no row back means the
   * same vote again; `xmax = 0` tells a new row from an updated one.
   */
  saveVote(vote: Vote): VoteOutcome {
    const updates = VOTE_COLUMNS.filter((column) => column !== 'answer_id' && column !== 'user_id')
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(', ');
    const [row] = this.db.query<{ inserted: boolean }>(
      `INSERT INTO votes AS vote (${VOTES}) VALUES (${placeholders(VOTE_COLUMNS.length)})
       ON CONFLICT (answer_id, user_id) DO UPDATE SET ${updates}
       WHERE vote.helpful <> EXCLUDED.helpful
       RETURNING (xmax = 0) AS inserted`,
      voteValues(vote),
    );
    if (!row) return 'same';
    return row.inserted ? 'new' : 'changed';
  }

  answersSince(since: string): AnswerRecord[] {
    return this.db
      .query<AnswerRow>(`SELECT ${ANSWERS} FROM answers WHERE asked_at >= $1 ORDER BY asked_at, seq`, [since])
      .map(rowToAnswer);
  }

  votesSince(since: string): Vote[] {
    return this.db
      .query<VoteRow>(
        `SELECT ${VOTES} FROM votes WHERE voted_at >= $1 ORDER BY voted_at, answer_id, user_id`,
        [since],
      )
      .map(rowToVote);
  }

  purgeBefore(before: string): number {
    return this.removed(
      `WITH answers_gone AS (DELETE FROM answers WHERE asked_at < $1 RETURNING 1),
            votes_gone AS (DELETE FROM votes WHERE voted_at < $1 RETURNING 1)`,
      [before],
    );
  }

  purgeChannel(channel?: ChannelRef): number {
    if (!channel) {
      return this.removed(
        `WITH answers_gone AS (DELETE FROM answers RETURNING 1),
              votes_gone AS (DELETE FROM votes RETURNING 1)`,
        [],
      );
    }
    return this.removed(
      `WITH answers_gone AS (DELETE FROM answers WHERE channel_key = $1 RETURNING 1),
            votes_gone AS (DELETE FROM votes WHERE channel_key = $1 RETURNING 1)`,
      [channelKey(channel)],
    );
  }

  /** Runs both deletes in one statement (one snapshot, atomic) and counts what went. */
  private removed(deletes: string, params: unknown[]): number {
    const [row] = this.db.query<{ removed: number }>(
      `${deletes} SELECT ((SELECT count(*) FROM answers_gone) + (SELECT count(*) FROM votes_gone))::int AS removed`,
      params,
    );
    return row?.removed ?? 0;
  }
}
