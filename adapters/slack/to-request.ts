import type { Bot } from '../../src/bot/bot.ts';
import type { CommandRequest } from '../../src/bot/request.ts';

export type ParsedCommand = Pick<CommandRequest, 'command' | 'args'>;

/** Where a Slack message or command came from. */
export interface SlackOrigin {
  channelId: string;
  /** Slack team (workspace) id. */
  teamId?: string;
  channelName?: string;
  userId: string;
  userName?: string;
}

/**
 * Slack message markup → the plain text a user meant: `<@U123|ana>` → "@ana",
 * `<#C123|general>` → "#general", `<https://x.org/a|x.org/a>` → "https://x.org/a" (the URL
 * itself, so "summarize <link>" finds the article), `&amp;`/`&lt;`/`&gt;` → `&`, `<`, `>`.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => plainOfToken(inner))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function plainOfToken(inner: string): string {
  const [target = '', label] = splitOnce(inner, '|');
  if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
  if (target.startsWith('#')) return label ? `#${label}` : target;
  if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
  if (target.startsWith('mailto:')) return label ?? target.slice('mailto:'.length);
  // An auto-linked URL's label is what the user typed ("x.org/a"): prefer the full URL.
  if (!label || target.endsWith(label)) return target;
  return label;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Removes every mention of the bot (`<@U0BOT>` or `<@U0BOT|sitrep>`) from a message. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text after the command or mention → a command: empty text is `help`; otherwise the core's
 * parser decides ("digest subscribe 08:00 Europe/Brussels", or any question for `ask`).
 */
export function parseCommandText(bot: Pick<Bot, 'parseText'>, rawText: string): ParsedCommand {
  const text = slackTextToPlain(rawText);
  return text ? bot.parseText(text) : { command: 'help', args: {} };
}

/** Whether running this command needs to know if the user may manage the channel. */
export function needsChannelPermission(parsed: ParsedCommand): boolean {
  const action = parsed.args['action']?.trim().toLowerCase();
  return (
    isAdminCommand(parsed) ||
    (parsed.command === 'digest' && (action === 'subscribe' || action === 'unsubscribe'))
  );
}

/** The team-wide reports and purges, for workspace admins and SLACK_DIGEST_ADMINS only. */
export function isAdminCommand(parsed: ParsedCommand): boolean {
  return parsed.command === 'feedback' || parsed.command === 'gaps';
}

export function toCommandRequest(
  parsed: ParsedCommand,
  origin: SlackOrigin,
  canManageChannel: boolean,
): CommandRequest {
  return {
    command: parsed.command,
    args: parsed.args,
    channel: {
      platform: 'slack',
      id: origin.channelId,
      ...(origin.teamId ? { workspaceId: origin.teamId } : {}),
      ...(origin.channelName ? { name: origin.channelName } : {}),
    },
    user: {
      id: origin.userId,
      ...(origin.userName ? { name: origin.userName } : {}),
      canManageChannel,
      // For these commands the permission check above was the admin check (no DM shortcut).
      ...(isAdminCommand(parsed) ? { isAdmin: canManageChannel } : {}),
    },
  };
}
