import { omittedNote, omittedQuotesNote } from '../../src/replies/cap-reply.ts';
import type {
  DigestItem,
  DigestReply,
  QuotesReply,
  QuoteView,
  SummaryReply,
} from '../../src/replies/reply.ts';
import { echo } from '../../src/text/echo.ts';
import { plural } from '../../src/text/plural.ts';
import { type Block, contexts, divider, formatDate, header, sections } from './blocks.ts';
import { escapeMrkdwn, mrkdwnLink } from './escape.ts';
import { dateSuffix, linkedTitleAndDate } from './render-answers.ts';

/** The title as a header, a context line with the link, date and id, then one bullet per sentence. */
export function summaryBlocks(reply: SummaryReply): Block[] {
  const date = formatDate(reply.published);
  const source = [
    ...(reply.url ? [mrkdwnLink(reply.url, 'Read the article')] : []),
    ...(date ? [escapeMrkdwn(date)] : []),
    `\`${escapeMrkdwn(reply.articleId)}\``,
  ];
  return [
    header(reply.title),
    ...contexts([source.join(' · ')]),
    ...sections(reply.sentences.map((sentence) => `• ${escapeMrkdwn(sentence)}`)),
    ...(reply.note ? contexts([escapeMrkdwn(reply.note)]) : []),
  ];
}

/**
 * Each quote as a block quote, then "— Speaker, role" on its own line, then the linked article
 * and date in small print; quotes are separated by dividers.
 */
export function quotesBlocks(reply: QuotesReply): Block[] {
  const about = [
    reply.query ? `about “${escapeMrkdwn(echo(reply.query))}”` : '',
    reply.speaker ? `by ${escapeMrkdwn(echo(reply.speaker))}` : '',
  ].filter(Boolean);
  if (reply.quotes.length === 0) return sections([`${['I found no quotes', ...about].join(' ')}.`]);
  const intro = about.length ? contexts([`:speaking_head_in_silhouette: Quotes ${about.join(' ')}`]) : [];
  return [
    ...intro,
    ...reply.quotes.flatMap((quote, i) => [...(i > 0 ? [divider()] : []), ...quoteBlocks(quote)]),
    ...(reply.omitted ? contexts([omittedQuotesNote(reply.omitted)]) : []),
  ];
}

function quoteBlocks(quote: QuoteView): Block[] {
  return [
    ...sections([blockQuote(`“${quote.text}”`), attribution(quote.speaker, quote.role)]),
    ...contexts([linkedTitleAndDate(quote)]),
  ];
}

/** "— Lt. Gen. Thomas James, U.S. Space Command deputy commander" */
function attribution(speaker: string, role: string | null | undefined): string {
  return `— ${escapeMrkdwn(role ? `${speaker}, ${role}` : speaker)}`;
}

function blockQuote(text: string): string {
  return escapeMrkdwn(text)
    .split(/\r?\n/)
    .map((line) => `>${line}`)
    .join('\n');
}

/**
 * The headline as a header, the window in small print, then one bold heading per topic and
 * one section per article: linked title and date, its summary, and its key quote if any.
 */
export function digestBlocks({ digest }: DigestReply): Block[] {
  const items = digest.groups.reduce((count, group) => count + group.items.length, 0);
  const window = `${formatDate(digest.since) ?? digest.since} – ${formatDate(digest.until) ?? digest.until}`;
  const all = items + (digest.omitted ?? 0);
  const counted = plural(all, 'article');
  const blocks: Block[] = [
    header(digest.headline),
    ...contexts([`:newspaper: ${escapeMrkdwn(window)} · ${counted}`]),
  ];
  if (all === 0) return [...blocks, ...sections(['Nothing new in this window.'])];
  digest.groups
    .filter((group) => group.items.length > 0)
    .forEach((group, i) => {
      if (i > 0) blocks.push(divider());
      blocks.push(...sections([`*${escapeMrkdwn(group.topic)}*`]), ...group.items.flatMap(digestItemBlocks));
    });
  if (digest.omitted) blocks.push(...contexts([escapeMrkdwn(omittedNote(digest.omitted))]));
  return blocks;
}

function digestItemBlocks(item: DigestItem): Block[] {
  const lines = [`*${mrkdwnLink(item.url, item.title)}*${dateSuffix(item.published)}`];
  if (item.summary.length) lines.push(escapeMrkdwn(item.summary.join(' ')));
  if (item.quote)
    lines.push(`${blockQuote(`“${item.quote.text}”`)}\n${attribution(item.quote.speaker, null)}`);
  return sections(lines);
}
