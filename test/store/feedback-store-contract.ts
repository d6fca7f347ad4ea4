import { describe, expect, test } from 'vitest';
import type { ChannelRef } from '../../src/bot/request.ts';
import type { AnswerRecord, FeedbackStore, Vote } from '../../src/store/feedback-store.ts';

const ops: ChannelRef = { platform: 'slack', id: 'C0OPS', workspaceId: 'T1', name: 'ops' };
const news: ChannelRef = { platform: 'discord', id: '111', workspaceId: 'G1' };

export function answerRecord(id: string, overrides: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    id,
    channel: ops,
    userId: 'U1',
    question: `question ${id}`,
    answered: true,
    answer: 'The symposium was held in Toulouse.',
    articleId: 'a1',
    sentence: 'The symposium was held in Toulouse.',
    confidence: 0.8,
    closest: [],
    askedAt: '2026-10-20T06:00:00.000Z',
    ...overrides,
  };
}

function vote(answerId: string, helpful: boolean, overrides: Partial<Vote> = {}): Vote {
  return {
    answerId,
    userId: 'U2',
    helpful,
    channel: ops,
    question: `question ${answerId}`,
    articleId: 'a1',
    sentence: 'The symposium was held in Toulouse.',
    confidence: 0.8,
    votedAt: '2026-10-20T07:00:00.000Z',
    ...overrides,
  };
}

/**
 * The behaviour every `FeedbackStore` must have (memory, SQLite, and any later store): run it
 * with a factory that returns an empty store.
 */
export function describeFeedbackStoreContract(name: string, create: () => FeedbackStore): void {
  describe(`${name} as a feedback store`, () => {
    test('keeps answers and refusals as recorded, found by id and by time', () => {
      const store = create();
      const refusal = answerRecord('r1', {
        answered: false,
        answer: undefined,
        articleId: undefined,
        sentence: undefined,
        closest: [{ articleId: 'a2', title: 'Closest' }],
        askedAt: '2026-10-20T06:05:00.000Z',
      });
      store.recordAnswer(answerRecord('a1'));
      store.recordAnswer(refusal);
      expect(store.getAnswer('r1')).toEqual(refusal);
      expect(store.getAnswer('nope')).toBeUndefined();
      expect(store.answersSince('2026-10-20T06:01:00.000Z').map((a) => a.id)).toEqual(['r1']);
      expect(store.answersSince('2026-10-20T06:00:00.000Z').map((a) => a.id)).toEqual(['a1', 'r1']);
    });

    test('the latest answer is per user and channel, and never a refusal', () => {
      const store = create();
      store.recordAnswer(answerRecord('a1', { askedAt: '2026-10-20T06:00:00.000Z' }));
      store.recordAnswer(answerRecord('a2', { askedAt: '2026-10-20T06:01:00.000Z' }));
      store.recordAnswer(answerRecord('r3', { answered: false, askedAt: '2026-10-20T06:02:00.000Z' }));
      store.recordAnswer(answerRecord('a4', { userId: 'U9', askedAt: '2026-10-20T06:03:00.000Z' }));
      store.recordAnswer(answerRecord('a5', { channel: news, askedAt: '2026-10-20T06:04:00.000Z' }));
      expect(store.latestAnswer(ops, 'U1')?.id).toBe('a2');
      expect(store.latestAnswer(news, 'U9')).toBeUndefined();
    });

    test('one vote per user per answer: a change replaces it, a repeat changes nothing', () => {
      const store = create();
      expect(store.saveVote(vote('a1', true))).toBe('new');
      expect(store.saveVote(vote('a1', true, { votedAt: '2026-10-20T08:00:00.000Z' }))).toBe('same');
      expect(store.saveVote(vote('a1', false, { votedAt: '2026-10-20T09:00:00.000Z' }))).toBe('changed');
      expect(store.saveVote(vote('a1', true, { userId: 'U3' }))).toBe('new');
      const votes = store.votesSince('2026-10-01T00:00:00.000Z');
      expect(votes).toHaveLength(2);
      expect(votes.find((v) => v.userId === 'U2')).toEqual(
        vote('a1', false, { votedAt: '2026-10-20T09:00:00.000Z' }),
      );
    });

    test('purges what is older than the retention limit, and a channel on request', () => {
      const store = create();
      store.recordAnswer(answerRecord('old', { askedAt: '2026-07-01T00:00:00.000Z' }));
      store.recordAnswer(answerRecord('new'));
      store.recordAnswer(answerRecord('elsewhere', { channel: news }));
      store.saveVote(vote('old', true, { votedAt: '2026-07-01T01:00:00.000Z' }));
      store.saveVote(vote('new', true));
      expect(store.purgeBefore('2026-10-01T00:00:00.000Z')).toBe(2);
      expect(store.answersSince('2000-01-01T00:00:00.000Z').map((a) => a.id)).toEqual(['new', 'elsewhere']);
      expect(store.purgeChannel(ops)).toBe(2);
      expect(store.answersSince('2000-01-01T00:00:00.000Z').map((a) => a.id)).toEqual(['elsewhere']);
      expect(store.purgeChannel()).toBe(1);
      expect(store.answersSince('2000-01-01T00:00:00.000Z')).toEqual([]);
    });
  });
}
