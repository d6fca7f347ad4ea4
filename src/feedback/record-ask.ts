import { randomBytes } from 'node:crypto';
import type { CommandContext } from '../commands/command.ts';
import type { Reply } from '../replies/reply.ts';
import type { AnswerRecord } from '../store/feedback-store.ts';

/** Unguessable and short: it travels in button values and Discord custom ids (100 characters). */
export function newAnswerId(): string {
  return randomBytes(9).toString('base64url');
}

/** What is kept of an `ask` outcome; undefined for replies that are neither an answer nor a refusal. */
export function toAnswerRecord(
  reply: Reply,
  { channel, user, clock }: Pick<CommandContext, 'channel' | 'user' | 'clock'>,
  id = newAnswerId(),
): AnswerRecord | undefined {
  const base = { id, channel, userId: user.id, askedAt: clock.now().toISOString() };
  if (reply.kind === 'answer') {
    const [first] = reply.citations;
    return {
      ...base,
      question: reply.question,
      answered: true,
      answer: reply.text,
      ...(first ? { articleId: first.articleId, sentence: first.sentence } : {}),
      confidence: reply.confidence,
      closest: [],
    };
  }
  if (reply.kind === 'noAnswer') {
    return {
      ...base,
      question: reply.question,
      answered: false,
      confidence: reply.confidence,
      closest: reply.closest.map(({ articleId, title }) => ({ articleId, title })),
    };
  }
  return undefined;
}
