import type Database from 'better-sqlite3';
import type { ChannelRef } from '../../bot/request.ts';
import { channelKey } from '../../subscriptions/subscription.ts';
import type { AnswerRecord, FeedbackStore, Vote, VoteOutcome } from '../feedback-store.ts';
import {
  type AnswerRow,
  answerValues,
  rowToAnswer,
  rowToVote,
  type VoteRow,
  voteValues,
} from './feedback-rows.ts';
import type { Statements } from './statements.ts';

/** The `answers` and `votes` tables of `SqliteStore` (migration 2). */
export class SqliteFeedbackTables implements FeedbackStore {
  constructor(
    private readonly statements: Statements,
    private readonly db: Database.Database,
  ) {}

  private sql(text: string): Database.Statement {
    return this.statements.get(text);
  }

  recordAnswer(record: AnswerRecord): void {
    this.sql('INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...answerValues(record),
    );
  }

  getAnswer(id: string): AnswerRecord | undefined {
    const row = this.sql('SELECT * FROM answers WHERE id = ?').get(id) as AnswerRow | undefined;
    return row && rowToAnswer(row);
  }

  latestAnswer(channel: ChannelRef, userId: string): AnswerRecord | undefined {
    const row = this.sql(
      `SELECT * FROM answers WHERE channel_key = ? AND user_id = ? AND answered = 1
       ORDER BY asked_at DESC, rowid DESC LIMIT 1`,
    ).get(channelKey(channel), userId) as AnswerRow | undefined;
    return row && rowToAnswer(row);
  }

  saveVote(v: Vote): VoteOutcome {
    return this.db
      .transaction((): VoteOutcome => {
        const before = this.sql('SELECT helpful FROM votes WHERE answer_id = ? AND user_id = ?').get(
          v.answerId,
          v.userId,
        ) as { helpful: number } | undefined;
        if (before && Boolean(before.helpful) === v.helpful) return 'same';
        this.sql('INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...voteValues(v));
        return before ? 'changed' : 'new';
      })
      .immediate();
  }

  answersSince(since: string): AnswerRecord[] {
    const rows = this.sql('SELECT * FROM answers WHERE asked_at >= ? ORDER BY asked_at, rowid').all(since);
    return (rows as AnswerRow[]).map(rowToAnswer);
  }

  votesSince(since: string): Vote[] {
    const rows = this.sql('SELECT * FROM votes WHERE voted_at >= ? ORDER BY voted_at').all(since);
    return (rows as VoteRow[]).map(rowToVote);
  }

  purgeBefore(before: string): number {
    return this.db
      .transaction(
        () =>
          this.sql('DELETE FROM answers WHERE asked_at < ?').run(before).changes +
          this.sql('DELETE FROM votes WHERE voted_at < ?').run(before).changes,
      )
      .immediate();
  }

  purgeChannel(channel?: ChannelRef): number {
    if (!channel)
      return this.db
        .transaction(
          () => this.sql('DELETE FROM answers').run().changes + this.sql('DELETE FROM votes').run().changes,
        )
        .immediate();
    const key = channelKey(channel);
    return this.db
      .transaction(
        () =>
          this.sql('DELETE FROM answers WHERE channel_key = ?').run(key).changes +
          this.sql('DELETE FROM votes WHERE channel_key = ?').run(key).changes,
      )
      .immediate();
  }
}
