import type { ChannelRef } from '../bot/request.ts';
import { channelKey } from '../subscriptions/subscription.ts';
import type { AnswerRecord, FeedbackStore, Vote, VoteOutcome } from './feedback-store.ts';

/**
 * Keeps answers and votes in memory: fine for tests and the console, lost on restart, not
 * shared between processes. Records go in and out as copies.
 */
export class MemoryFeedbackStore implements FeedbackStore {
  private answers: AnswerRecord[] = [];
  private votes = new Map<string, Vote>();

  recordAnswer(record: AnswerRecord): void {
    this.answers.push(structuredClone(record));
  }

  getAnswer(id: string): AnswerRecord | undefined {
    const found = this.answers.find((answer) => answer.id === id);
    return found && structuredClone(found);
  }

  latestAnswer(channel: ChannelRef, userId: string): AnswerRecord | undefined {
    const key = channelKey(channel);
    const found = this.answers.findLast(
      (a) => a.answered && a.userId === userId && channelKey(a.channel) === key,
    );
    return found && structuredClone(found);
  }

  saveVote(vote: Vote): VoteOutcome {
    const key = `${vote.answerId}\u0000${vote.userId}`;
    const before = this.votes.get(key);
    if (before?.helpful === vote.helpful) return 'same';
    this.votes.delete(key);
    this.votes.set(key, structuredClone(vote));
    return before ? 'changed' : 'new';
  }

  answersSince(since: string): AnswerRecord[] {
    return this.answers.filter((a) => a.askedAt >= since).map((a) => structuredClone(a));
  }

  votesSince(since: string): Vote[] {
    return [...this.votes.values()]
      .filter((v) => v.votedAt >= since)
      .sort((a, b) => (a.votedAt < b.votedAt ? -1 : a.votedAt > b.votedAt ? 1 : 0))
      .map((v) => structuredClone(v));
  }

  purgeBefore(before: string): number {
    return this.remove(
      (a) => a.askedAt < before,
      (v) => v.votedAt < before,
    );
  }

  purgeChannel(channel?: ChannelRef): number {
    const key = channel && channelKey(channel);
    const inChannel = (c: ChannelRef) => key === undefined || channelKey(c) === key;
    return this.remove(
      (a) => inChannel(a.channel),
      (v) => inChannel(v.channel),
    );
  }

  private remove(answer: (a: AnswerRecord) => boolean, vote: (v: Vote) => boolean): number {
    const kept = this.answers.filter((a) => !answer(a));
    let removed = this.answers.length - kept.length;
    this.answers = kept;
    for (const [key, v] of this.votes) {
      if (vote(v)) {
        this.votes.delete(key);
        removed++;
      }
    }
    return removed;
  }
}
