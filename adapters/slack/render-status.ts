import { commandAs, SLACK_SLASH_COMMAND } from '../../src/bot/command-syntax.ts';
import type {
  CommandHelp,
  ErrorReply,
  HelpReply,
  NoticeReply,
  SourcesReply,
} from '../../src/replies/reply.ts';
import { plural, pluralNoun } from '../../src/text/plural.ts';
import { type Block, contexts, formatDate, header, sections } from './blocks.ts';
import { escapeMrkdwn, mrkdwnLink } from './escape.ts';
import { linkedTitleAndDate } from './render-answers.ts';

/** The slash command Sitrep registers (see manifest.json). */
export const SLASH_COMMAND = SLACK_SLASH_COMMAND;

/** Counts, the newest articles and the health of each feed. */
export function sourcesBlocks(reply: SourcesReply): Block[] {
  const counts = [
    `*${reply.articles}* ${pluralNoun(reply.articles, 'article')}`,
    `*${reply.passages}* ${pluralNoun(reply.passages, 'passage')}`,
    `*${reply.quotes}* ${pluralNoun(reply.quotes, 'quote')}`,
    ...(reply.skipped
      ? [`*${reply.skipped}* ${pluralNoun(reply.skipped, 'file')} skipped (run \`sitrep index --stats\`)`]
      : []),
  ].join(' · ');
  const newest = reply.newest.length
    ? ['*Newest*', ...reply.newest.map((article) => `• ${linkedTitleAndDate(article)}`)]
    : [];
  const feeds = reply.feeds.length
    ? ['*Feeds*', ...reply.feeds.map(feedLine)]
    : ['*Feeds*', 'None yet: add RSS or Atom URLs to `knowledge/feeds.txt`.'];
  return [header('Knowledge base'), ...sections([counts]), ...sections(newest), ...sections(feeds)];
}

function feedLine(feed: SourcesReply['feeds'][number]): string {
  const polled = feed.lastPolled ? ` · polled ${escapeMrkdwn(formatDate(feed.lastPolled) ?? '')}` : '';
  const status = feed.ok
    ? `:white_check_mark: ${plural(feed.items, 'item')}${polled}`
    : `:warning: failing: ${escapeMrkdwn(feed.error ?? 'unknown error')}${polled}`;
  return `• ${mrkdwnLink(feed.url, feed.url)}: ${status}`;
}

/** Every command as `/sitrep usage` and its description, or one command with its examples. */
export function helpBlocks(reply: HelpReply): Block[] {
  if (reply.command) {
    const command = reply.command;
    return [
      ...sections([`*${slashCode(command.usage)}*`, escapeMrkdwn(command.description)]),
      ...contexts(command.examples.length ? [`e.g. ${command.examples.map(slashCode).join(' · ')}`] : []),
    ];
  }
  return [
    header('Sitrep commands'),
    ...sections([
      `Type \`${SLASH_COMMAND}\` and a question, mention me in a channel, or send me a direct message.`,
      ...reply.commands.map(commandLine),
    ]),
    ...contexts([`\`${SLASH_COMMAND} help COMMAND\` explains one command, with examples.`]),
  ];
}

function commandLine(command: CommandHelp): string {
  const example = command.examples[0] ? ` · e.g. ${slashCode(command.examples[0])}` : '';
  return `*${slashCode(command.usage)}*\n${escapeMrkdwn(command.description)}${example}`;
}

/** Typed text as `/sitrep text`, in code. */
function slashCode(text: string): string {
  return `\`${escapeMrkdwn(commandAs('slack', text))}\``;
}

/** An optional bold title, then the lines. */
export function noticeBlocks(reply: NoticeReply): Block[] {
  return sections([
    ...(reply.title ? [`*${escapeMrkdwn(reply.title)}*`] : []),
    ...reply.lines.map(escapeMrkdwn),
  ]);
}

/** The message, then "did you mean" candidates and the reference id when the message lacks them. */
export function errorBlocks(reply: ErrorReply): Block[] {
  const notes: string[] = [];
  const suggestions = reply.suggestions ?? [];
  if (suggestions.length && !/did you mean/i.test(reply.message)) {
    notes.push(`Did you mean ${suggestions.map((s) => `“${escapeMrkdwn(s)}”`).join(', ')}?`);
  }
  if (reply.ref && !reply.message.includes(reply.ref))
    notes.push(`Reference: \`${escapeMrkdwn(reply.ref)}\``);
  return [...sections([`:warning: ${escapeMrkdwn(reply.message)}`]), ...contexts(notes)];
}
