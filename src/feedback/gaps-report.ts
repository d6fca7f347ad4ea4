import { codeFor } from '../bot/command-syntax.ts';
import type { ChannelRef } from '../bot/request.ts';
import type { NoticeReply } from '../replies/reply.ts';
import type { AnswerRecord } from '../store/feedback-store.ts';
import { channelKey } from '../subscriptions/subscription.ts';
import { clip } from './feedback-report.ts';
import { groupQuestions, type QuestionGroup, sharedWords } from './group-questions.ts';

const GROUPS_SHOWN = 10;

/**
 * The most frequent unanswered questions, grouped by shared wording, each with the closest
 * articles Sitrep found, so a team sees which articles or feeds to add. A question's wording
 * never leaves the channel it was asked in: a group is listed only when one of its questions
 * was asked here, with words and an example taken from this channel's questions alone; the
 * rest appear as anonymous counts. `posted`: for the weekly post into the channel (`gaps
 * subscribe`), seen by everyone there; otherwise a private report.
 */
export function gapsReport(
  refused: AnswerRecord[],
  days: number,
  here: ChannelRef,
  { posted = false }: { posted?: boolean } = {},
): NoticeReply {
  const key = channelKey(here);
  const groups = groupQuestions(refused);
  const visible = groups.filter((g) => g.questions.some((q) => channelKey(q.channel) === key));
  const hidden = refused.length - visible.reduce((sum, g) => sum + g.questions.length, 0);
  const title = `Unanswered questions, last ${days} days`;
  if (refused.length === 0)
    return { kind: 'notice', title, lines: ['None: every question got an answer.'], private: !posted };
  return {
    kind: 'notice',
    title,
    lines: [
      `${refused.length} unanswered ${refused.length === 1 ? 'question' : 'questions'} in ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}.`,
      ...visible.slice(0, GROUPS_SHOWN).flatMap((group, i) => groupLines(group, i, key)),
      ...(hidden > 0
        ? [
            `${hidden} more from other channels (not shown here; read ${codeFor(here.platform, 'gaps')} there).`,
          ]
        : []),
    ],
    private: !posted,
  };
}

function groupLines(group: QuestionGroup, index: number, key: string): string[] {
  const local = group.questions.filter((q) => channelKey(q.channel) === key);
  const words = sharedWords(local);
  const elsewhere = group.questions.length - local.length;
  const count = `${group.questions.length}×${elsewhere > 0 ? ` (${local.length} here)` : ''}`;
  const closest = closestTitles(group);
  return [
    `${index + 1}. ${count} ${words.length ? `[${words.join(', ')}] ` : ''}e.g. “${clip(local[0]?.question ?? '', 160)}”`,
    ...(closest.length ? [`   closest: ${closest.join(' · ')}`] : ['   closest: no article came near']),
  ];
}

/** The articles most often offered instead, most frequent first. */
function closestTitles(group: QuestionGroup): string[] {
  const counts = new Map<string, number>();
  for (const question of group.questions)
    for (const article of question.closest.slice(0, 3))
      counts.set(article.title, (counts.get(article.title) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([title]) => clip(title, 80));
}
