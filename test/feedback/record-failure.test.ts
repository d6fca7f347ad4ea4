import { describe, expect, test } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import type { CommandContext } from '../../src/commands/command.ts';
import { createFeedbackService } from '../../src/feedback/feedback-service.ts';
import { silentLogger } from '../../src/logger.ts';
import type { AnswerReply } from '../../src/replies/reply.ts';
import type { AnswerRecord } from '../../src/store/feedback-store.ts';
import { MemoryFeedbackStore } from '../../src/store/memory-feedback-store.ts';

/** A store on a full disk: every write fails the way SQLite does. */
class FullDiskStore extends MemoryFeedbackStore {
  override recordAnswer(_record: AnswerRecord): void {
    throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  }
}

const context: CommandContext = {
  clock: fixedClock('2026-12-04T09:00:00Z'),
  logger: silentLogger,
  channel: { platform: 'slack', id: 'C0OPS' },
  user: { id: 'U1', canManageChannel: false, isAdmin: false },
};

const answer: AnswerReply = {
  kind: 'answer',
  question: 'Where was the symposium held?',
  text: 'The symposium was held in Toulouse, France.',
  confidence: 0.8,
  citations: [{ articleId: 'a', title: 'A', sentence: 'The symposium was held in Toulouse, France.' }],
};

describe('recording a question on a full disk', () => {
  test('the asker still gets the answer, without vote buttons, and the failure is reported', () => {
    const failures: unknown[] = [];
    const feedback = createFeedbackService({
      store: new FullDiskStore(),
      retentionDays: 90,
      onRecordFailure: (error) => failures.push(error),
    });
    const reply = feedback.recordAsk(answer, context);
    expect(reply).toEqual(answer);
    expect(reply).not.toHaveProperty('answerId');
    expect(failures).toEqual([expect.objectContaining({ code: 'SQLITE_FULL' })]);
  });

  test('with a working store the answer gets its id', () => {
    const feedback = createFeedbackService({ store: new MemoryFeedbackStore(), retentionDays: 90 });
    expect(feedback.recordAsk(answer, context)).toMatchObject({ answerId: expect.any(String) });
  });
});
