import { describe, expect, test } from 'vitest';
import type { ChannelRef, UserRef } from '../../src/bot/request.ts';
import type { Clock } from '../../src/clock.ts';
import type { CommandContext } from '../../src/commands/command.ts';
import { contentWords } from '../../src/feedback/content-words.ts';
import { createFeedbackService } from '../../src/feedback/feedback-service.ts';
import { groupQuestions } from '../../src/feedback/group-questions.ts';
import { silentLogger } from '../../src/logger.ts';
import { MemoryFeedbackStore } from '../../src/store/memory-feedback-store.ts';
import { answerRecord } from '../store/feedback-store-contract.ts';

const ops: ChannelRef = { platform: 'slack', id: 'C0OPS' };
const news: ChannelRef = { platform: 'slack', id: 'C0NEWS' };
const admin: UserRef = { id: 'U9', canManageChannel: true, isAdmin: true };

function refusal(id: string, question: string, channel = ops, askedAt = '2026-10-20T06:00:00.000Z') {
  return answerRecord(id, {
    question,
    channel,
    answered: false,
    answer: undefined,
    articleId: undefined,
    sentence: undefined,
    closest: [{ articleId: 'arrw', title: 'Air Force tests hypersonic missile' }],
    askedAt,
  });
}

function at(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => now, set: (next) => (now = new Date(next)) };
}

function context(clock: Clock, channel = ops, user = admin): CommandContext {
  return { clock, logger: silentLogger, channel, user };
}

describe('grouping unanswered questions', () => {
  test('content words drop question words and plural endings', () => {
    expect(contentWords('When will the ARRW hypersonic missiles be fielded?')).toEqual([
      'arrw',
      'hypersonic',
      'missile',
      'field',
    ]);
  });

  test('questions sharing their content words form one group, the largest first', () => {
    const groups = groupQuestions([
      refusal('1', 'When is the ARRW hypersonic missile fielded?'),
      refusal('2', 'What happened to the ARRW hypersonic test?'),
      refusal('3', 'Who commands the Space Force in Europe?'),
      refusal('4', 'Is ARRW hypersonic missile cancelled?'),
    ]);
    expect(groups.map((g) => g.questions.map((q) => q.id).sort())).toEqual([['1', '2', '4'], ['3']]);
    expect(groups[0]?.words.slice(0, 2)).toEqual(['arrw', 'hypersonic']);
  });
});

describe('gaps report', () => {
  test('shows this channel’s groups with the closest articles, and other channels only as a count', () => {
    const store = new MemoryFeedbackStore();
    store.recordAnswer(refusal('1', 'When is the ARRW hypersonic missile fielded?'));
    store.recordAnswer(refusal('2', 'What happened to the ARRW hypersonic test?'));
    store.recordAnswer(refusal('3', 'Secret plans for Project Zed?', news));
    store.recordAnswer(answerRecord('4'));
    const feedback = createFeedbackService({ store, retentionDays: 90 });
    const clock = at('2026-10-21T00:00:00.000Z');
    const reply = feedback.gaps(7, context(clock));
    expect(reply).toMatchObject({
      kind: 'notice',
      title: 'Unanswered questions, last 7 days',
      private: true,
    });
    const text = reply.lines.join('\n');
    expect(text).toContain('3 unanswered questions in 2 groups.');
    expect(text).toContain('1. 2× [arrw, hypersonic');
    expect(text).toContain('closest: Air Force tests hypersonic missile');
    expect(text).toContain('1 more from other channels');
    expect(text).not.toContain('Zed');
    clock.set('2026-11-30T00:00:00.000Z');
    expect(feedback.gaps(30, context(clock)).lines).toEqual(['None: every question got an answer.']);
  });

  test('questions and votes older than the retention period are deleted as new ones arrive', () => {
    const store = new MemoryFeedbackStore();
    const feedback = createFeedbackService({ store, retentionDays: 90 });
    const clock = at('2026-10-20T06:00:00.000Z');
    const noAnswer = {
      kind: 'noAnswer' as const,
      code: 'qa.noMatch' as const,
      question: 'zebra migration?',
      message: 'I do not know.',
      confidence: 0.1,
      closest: [],
    };
    feedback.recordAsk(noAnswer, context(clock));
    clock.set('2027-01-17T06:00:00.000Z'); // 89 days later: kept
    feedback.recordAsk(noAnswer, context(clock));
    expect(store.answersSince('2000-01-01T00:00:00Z')).toHaveLength(2);
    clock.set('2027-01-19T07:00:00.000Z'); // 91 days after the first
    feedback.recordAsk(noAnswer, context(clock));
    expect(store.answersSince('2000-01-01T00:00:00Z').map((a) => a.askedAt)).toEqual([
      '2027-01-17T06:00:00.000Z',
      '2027-01-19T07:00:00.000Z',
    ]);
  });

  test('`gaps` is for admins', async () => {
    const store = new MemoryFeedbackStore();
    const feedback = createFeedbackService({ store, retentionDays: 90 });
    const clock = at('2026-10-20T06:00:00.000Z');
    expect(() => feedback.gaps(7, context(clock, ops, { id: 'U1', canManageChannel: true }))).toThrow(
      /for admins/,
    );
  });
});
