import type { AnswerReply, Citation, NoAnswerReply, SearchReply } from '../../src/replies/reply.ts';
import { echo } from '../../src/text/echo.ts';
import { plural } from '../../src/text/plural.ts';
import { type Block, contexts, formatDate, sections } from './blocks.ts';
import { escapeMrkdwn, mrkdwnLink } from './escape.ts';
import { feedbackButtons } from './feedback-buttons.ts';

/**
 * The question (so a shared answer makes sense on its own), the answer with its key span in
 * bold, then one numbered context line per citation: linked title and date; then Helpful / Not
 * helpful buttons when the answer was recorded.
 */
export function answerBlocks(reply: AnswerReply): Block[] {
  return [
    ...questionContext(reply.question),
    ...sections([emphasize(reply.text, reply.highlight)]),
    ...contexts(reply.citations.map(citationLine)),
    ...(reply.answerId ? [feedbackButtons(reply.answerId)] : []),
  ];
}

/** Sitrep's "I don't know", then the closest articles so the asker can read on. */
export function noAnswerBlocks(reply: NoAnswerReply): Block[] {
  const closest = reply.closest.length
    ? ['*Closest articles*', ...reply.closest.map((c, i) => `${i + 1}. ${linkedTitleAndDate(c)}`)]
    : [];
  return [
    ...questionContext(reply.question),
    ...sections([`:mag: ${escapeMrkdwn(reply.message)}`]),
    ...sections(closest),
  ];
}

/** One section per result: bold linked title and date, then the snippet. */
export function searchBlocks(reply: SearchReply): Block[] {
  const query = escapeMrkdwn(echo(reply.query));
  if (reply.results.length === 0) return sections([`No articles match “${query}”.`]);
  const count = plural(reply.results.length, 'result');
  return [
    ...contexts([`:mag: Search: “${query}” · ${count}`]),
    ...reply.results.flatMap((result, i) =>
      sections([
        `*${i + 1}. ${mrkdwnLink(result.url, result.title)}*${dateSuffix(result.published)}`,
        escapeMrkdwn(result.snippet),
      ]),
    ),
  ];
}

/** `[1] <url|Title> · May 6, 2024` */
function citationLine(citation: Citation, index: number): string {
  return `[${index + 1}] ${linkedTitleAndDate(citation)}`;
}

export function linkedTitleAndDate(item: { title: string; url?: string; published?: string }): string {
  return `${mrkdwnLink(item.url, item.title)}${dateSuffix(item.published)}`;
}

export function dateSuffix(published: string | undefined): string {
  const date = formatDate(published);
  return date ? ` · ${escapeMrkdwn(date)}` : '';
}

function questionContext(question: string): Block[] {
  return contexts([`:speech_balloon: ${escapeMrkdwn(echo(question))}`]);
}

/**
 * The answer escaped, with `highlight` in bold. Slack only honours `*bold*` at word
 * boundaries, so a span that starts or ends inside a word is left plain rather than shown
 * with stray asterisks.
 */
function emphasize(text: string, highlight: string | undefined): string {
  const span = highlight?.trim();
  const start = span ? text.indexOf(span) : -1;
  if (!span || start < 0 || /[\r\n*]/.test(span)) return escapeMrkdwn(text);
  const end = start + span.length;
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);
  if (isWordChar(text[start - 1]) || isWordChar(text[end])) return escapeMrkdwn(text);
  return `${escapeMrkdwn(text.slice(0, start))}*${escapeMrkdwn(span)}*${escapeMrkdwn(text.slice(end))}`;
}
