import type { ChannelRef } from '../bot/request.ts';
import type { NoticeReply } from '../replies/reply.ts';
import type { AnswerRecord, Vote } from '../store/feedback-store.ts';
import { channelKey } from '../subscriptions/subscription.ts';

/** Not-helpful answers listed; the rest are counted. */
const LISTED = 10;

/**
 * Answers given and refused, the helpful rate, and the answers voted not helpful. Counts cover
 * every channel; question text is shown only for the channel the report is read in, so a
 * question never leaves the channel it was asked in.
 */
export function feedbackReport(
  answers: AnswerRecord[],
  votes: Vote[],
  days: number,
  here: ChannelRef,
): NoticeReply {
  const given = answers.filter((a) => a.answered).length;
  const refused = answers.length - given;
  const helpful = votes.filter((v) => v.helpful).length;
  const notHelpful = votes.filter((v) => !v.helpful);
  const key = channelKey(here);
  const local = notHelpful.filter((v) => channelKey(v.channel) === key);
  const elsewhere = notHelpful.length - local.length;
  return {
    kind: 'notice',
    title: `Feedback, last ${days} days`,
    lines: [
      `Answers given: ${given} · refused: ${refused}${answers.length ? ` (${percent(refused, answers.length)} refused)` : ''}`,
      votes.length
        ? `Votes: ${helpful} helpful, ${notHelpful.length} not helpful · helpful rate ${percent(helpful, votes.length)}`
        : 'Votes: none yet',
      ...(local.length ? ['', 'Voted not helpful in this channel:'] : []),
      ...local.slice(-LISTED).map(notHelpfulLine),
      ...(local.length > LISTED ? [`…and ${local.length - LISTED} more.`] : []),
      ...(elsewhere
        ? [
            `${elsewhere} more not-helpful ${elsewhere === 1 ? 'vote' : 'votes'} in other channels (not shown here).`,
          ]
        : []),
    ],
    private: true,
  };
}

function notHelpfulLine(vote: Vote): string {
  const source = vote.articleId ? ` → ${vote.articleId}` : '';
  const sentence = vote.sentence ? `: “${clip(vote.sentence, 160)}”` : '';
  return `• “${clip(vote.question, 160)}”${source}${sentence} (confidence ${vote.confidence.toFixed(2)})`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
