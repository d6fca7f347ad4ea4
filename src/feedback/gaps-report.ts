import type { ChannelRef } from '../bot/request.ts';
import type { NoticeReply } from '../replies/reply.ts';
import type { AnswerRecord } from '../store/feedback-store.ts';
import { channelKey } from '../subscriptions/subscription.ts';
import { clip } from './feedback-report.ts';
import { groupQuestions, type QuestionGroup } from './group-questions.ts';

const GROUPS_SHOWN = 10;

/**
 * The most frequent unanswered questions, grouped by shared wording, each with the closest
 * articles Sitrep found, so a team sees which articles or feeds to add. A group's words and
 * example are shown only when one of its questions was asked in this channel; groups from
 * other channels appear as an anonymous count.
 */
export function gapsReport(refused: AnswerRecord[], days: number, here: ChannelRef): NoticeReply {
  const key = channelKey(here);
  const groups = groupQuestions(refused);
  const visible = groups.filter((g) => g.questions.some((q) => channelKey(q.channel) === key));
  const hidden = refused.length - visible.reduce((sum, g) => sum + g.questions.length, 0);
  const title = `Unanswered questions, last ${days} days`;
  if (refused.length === 0)
    return { kind: 'notice', title, lines: ['None: every question got an answer.'], private: true };
  return {
    kind: 'notice',
    title,
    lines: [
      `${refused.length} unanswered ${refused.length === 1 ? 'question' : 'questions'} in ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}.`,
      ...visible.slice(0, GROUPS_SHOWN).flatMap((group, i) => groupLines(group, i, key)),
      ...(hidden > 0 ? [`${hidden} more from other channels (not shown here; read \`gaps\` there).`] : []),
    ],
    private: true,
  };
}

function groupLines(group: QuestionGroup, index: number, key: string): string[] {
  const example = group.questions.find((q) => channelKey(q.channel) === key) ?? group.questions[0];
  const closest = closestTitles(group);
  return [
    `${index + 1}. ${group.questions.length}× ${group.words.length ? `[${group.words.join(', ')}] ` : ''}e.g. “${clip(example?.question ?? '', 160)}”`,
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
