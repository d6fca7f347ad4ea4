import type { ChannelRef } from '../bot/request.ts';
import type { CommandContext } from '../commands/command.ts';
import { UserError } from '../commands/command.ts';
import type { NoticeReply, Reply } from '../replies/reply.ts';
import type { FeedbackStore } from '../store/feedback-store.ts';
import { feedbackReport } from './feedback-report.ts';
import { gapsReport } from './gaps-report.ts';
import { toAnswerRecord } from './record-ask.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Old records are deleted at most this often, on the next recorded question or report. */
const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Records what Sitrep answered and refused, takes votes, and reports on both. */
export interface FeedbackService {
  /** Records an `ask` outcome; an answer comes back with its `answerId`. Other replies pass through. */
  recordAsk(reply: Reply, context: CommandContext): Reply;
  /** A vote on `answerId`, or without one on the user's latest answer in the channel (`+1`). */
  vote(helpful: boolean, answerId: string | undefined, context: CommandContext): NoticeReply;
  /** Admins only: the last `days` of answers, refusals and votes. */
  report(days: number, context: CommandContext): NoticeReply;
  /** Admins only: the most frequent unanswered questions of the last `days`. */
  gaps(days: number, context: CommandContext): NoticeReply;
  /**
   * The weekly post into `channel` (`gaps subscribe`): the questions refused in `window`, with
   * the wording only of those asked in `channel`, and the line `gaps status` shows for it.
   */
  weeklyGaps(
    channel: ChannelRef,
    window: { since: Date; until: Date },
  ): { reply: NoticeReply; headline: string };
  /** Admins only: deletes the channel's records, or everyone's. */
  purge(everywhere: boolean, context: CommandContext): NoticeReply;
}

export interface FeedbackOptions {
  store: FeedbackStore;
  /** FEEDBACK_RETENTION_DAYS: questions and votes older than this are deleted (default 90). */
  retentionDays: number;
  /** Told when a question cannot be recorded (a full disk): the asker still gets the answer. */
  onRecordFailure?: (error: unknown) => void;
}

export function createFeedbackService({
  store,
  retentionDays,
  onRecordFailure = () => {},
}: FeedbackOptions): FeedbackService {
  let lastPurge = Number.NEGATIVE_INFINITY;

  function purgeExpired(now: Date): void {
    if (now.getTime() - lastPurge < PURGE_EVERY_MS) return;
    lastPurge = now.getTime();
    store.purgeBefore(new Date(now.getTime() - retentionDays * DAY_MS).toISOString());
  }

  const since = (days: number, context: CommandContext) =>
    new Date(context.clock.now().getTime() - days * DAY_MS).toISOString();

  return {
    recordAsk(reply, context) {
      // The one-shot CLI answers scripts and evaluations, not a team: nothing to learn from.
      if (context.channel.platform === 'cli') return reply;
      const record = toAnswerRecord(reply, context);
      if (!record) return reply;
      try {
        purgeExpired(context.clock.now());
        store.recordAnswer(record);
      } catch (error) {
        // The record serves votes and the gaps report; the answer matters more. Without a
        // record the answer carries no id, so it is shown without vote buttons.
        onRecordFailure(error);
        return reply;
      }
      return reply.kind === 'answer' ? { ...reply, answerId: record.id } : reply;
    },
    vote(helpful, answerId, context) {
      const answer = answerId
        ? store.getAnswer(answerId)
        : store.latestAnswer(context.channel, context.user.id);
      if (!answer) {
        throw new UserError(
          'feedback.noAnswer',
          answerId
            ? 'That answer is no longer on record (answers are kept for a limited time), so the vote was not counted.'
            : 'There is no answer of mine to vote on yet. Ask a question first, then type `+1` or `-1`.',
        );
      }
      const outcome = store.saveVote({
        answerId: answer.id,
        userId: context.user.id,
        helpful,
        channel: answer.channel,
        question: answer.question,
        ...(answer.articleId ? { articleId: answer.articleId } : {}),
        ...(answer.sentence ? { sentence: answer.sentence } : {}),
        confidence: answer.confidence,
        votedAt: context.clock.now().toISOString(),
      });
      const verdict = helpful ? 'helpful' : 'not helpful';
      const line =
        outcome === 'changed'
          ? `Changed your vote to ${verdict}.`
          : outcome === 'same'
            ? `You already marked this answer ${verdict}.`
            : `Thanks: marked ${verdict}.`;
      return { kind: 'notice', lines: [line], private: true };
    },
    report(days, context) {
      assertAdmin(context, 'feedback');
      purgeExpired(context.clock.now());
      const from = since(days, context);
      return feedbackReport(store.answersSince(from), store.votesSince(from), days, context.channel);
    },
    gaps(days, context) {
      assertAdmin(context, 'gaps');
      purgeExpired(context.clock.now());
      const refused = store.answersSince(since(days, context)).filter((a) => !a.answered);
      return gapsReport(refused, days, context.channel);
    },
    weeklyGaps(channel, { since, until }) {
      purgeExpired(until);
      const end = until.toISOString();
      const refused = store
        .answersSince(since.toISOString())
        .filter((answer) => !answer.answered && answer.askedAt < end);
      const days = Math.max(1, Math.round((until.getTime() - since.getTime()) / DAY_MS));
      const reply = gapsReport(refused, days, channel, { posted: true });
      return { reply, headline: reply.lines[0] ?? '' };
    },
    purge(everywhere, context) {
      assertAdmin(context, 'feedback purge');
      const removed = store.purgeChannel(everywhere ? undefined : context.channel);
      const where = everywhere ? 'in every channel' : 'in this channel';
      return {
        kind: 'notice',
        title: 'Feedback purged',
        lines: [
          `Deleted ${removed === 1 ? '1 record' : `${removed} records`} (questions and votes) ${where}.`,
        ],
        private: true,
      };
    },
  };
}

function assertAdmin({ user }: CommandContext, command: string): void {
  if (user.isAdmin === true) return;
  throw new UserError(
    'feedback.forbidden',
    `Sorry, \`${command}\` is for admins (Slack workspace admins or SLACK_DIGEST_ADMINS; Discord: Manage Server).`,
  );
}
