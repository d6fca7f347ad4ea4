import {
  ApplicationCommandOptionType,
  type CommandInteractionOption,
  PermissionFlagsBits,
  type PermissionsBitField,
} from 'discord.js';
import type { Bot } from '../../src/bot/bot.ts';
import type { ChannelRef, CommandRequest, UserRef } from '../../src/bot/request.ts';
import { COMMAND_LAYOUTS } from './slash-layout.ts';

/** The parts of a `ChatInputCommandInteraction` a request is made of. */
export interface SlashInvocation {
  commandName: string;
  channelId: string | null;
  guildId: string | null;
  channel?: unknown;
  user: DiscordUser;
  memberPermissions: Readonly<PermissionsBitField> | null;
  options: { data: readonly CommandInteractionOption[] };
}

/** The parts of a `Message` that mentions the bot a request is made of. */
export interface MentionMessage {
  content: string;
  channelId: string;
  guildId: string | null;
  channel?: unknown;
  author: DiscordUser;
  member: { readonly permissions: Readonly<PermissionsBitField> } | null;
}

interface DiscordUser {
  id: string;
  username: string;
  globalName: string | null;
}

/**
 * A slash command as a request: every option becomes an argument of the same name (as
 * text; booleans as "true"/"false"), and a subcommand's name becomes the command's action
 * argument (`/digest subscribe time:08:00` → `{ action: 'subscribe', time: '08:00' }`).
 */
export function slashToRequest(invocation: SlashInvocation): CommandRequest {
  const actionArg = COMMAND_LAYOUTS[invocation.commandName]?.actionArg ?? 'action';
  return {
    command: invocation.commandName,
    args: argsOf(invocation.options.data, actionArg),
    channel: channelOf(invocation.channelId ?? '', invocation.guildId, invocation.channel),
    user: userOf(invocation.user, invocation.guildId, () => invocation.memberPermissions),
  };
}

/** The parts of a `ButtonInteraction` a vote is made of. */
export interface ButtonClick {
  channelId: string | null;
  guildId: string | null;
  channel?: unknown;
  user: DiscordUser;
  memberPermissions: Readonly<PermissionsBitField> | null;
}

/** A click on Helpful / Not helpful as the core's `vote` command for that answer. */
export function buttonToRequest(
  click: ButtonClick,
  vote: { helpful: boolean; answerId: string },
): CommandRequest {
  return {
    command: 'vote',
    args: { value: vote.helpful ? '+1' : '-1', answer: vote.answerId },
    channel: channelOf(click.channelId ?? '', click.guildId, click.channel),
    user: userOf(click.user, click.guildId, () => click.memberPermissions),
  };
}

/**
 * A message that @mentions the bot as a request: the mention is removed and the rest is read
 * the way the console reads typed text (`bot.parseText`). A bare mention asks for help.
 */
export function mentionToRequest(
  message: MentionMessage,
  botUserId: string,
  bot: Pick<Bot, 'parseText'>,
): CommandRequest {
  const text = withoutMention(message.content, botUserId);
  const parsed = text ? bot.parseText(text) : { command: 'help', args: {} };
  return {
    ...parsed,
    channel: channelOf(message.channelId, message.guildId, message.channel),
    user: userOf(message.author, message.guildId, () => message.member?.permissions ?? null),
  };
}

/** Removes `<@id>` / `<@!id>` mentions of the bot and the punctuation people put after one. */
export function withoutMention(content: string, botUserId: string): string {
  return content
    .replace(new RegExp(`<@!?${botUserId}>[,:]?`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function argsOf(options: readonly CommandInteractionOption[], actionArg: string): CommandRequest['args'] {
  const args: CommandRequest['args'] = {};
  for (const option of options) {
    if (option.type === ApplicationCommandOptionType.Subcommand) {
      args[actionArg] = option.name;
      Object.assign(args, argsOf(option.options ?? [], actionArg));
    } else if (option.value !== undefined && option.value !== null) {
      args[option.name] = String(option.value);
    }
  }
  return args;
}

function channelOf(id: string, guildId: string | null, channel: unknown): ChannelRef {
  const name = channelName(channel);
  return {
    platform: 'discord',
    id,
    ...(guildId ? { workspaceId: guildId } : {}),
    ...(name ? { name } : {}),
  };
}

function channelName(channel: unknown): string | undefined {
  if (typeof channel !== 'object' || channel === null || !('name' in channel)) return undefined;
  return typeof channel.name === 'string' ? channel.name : undefined;
}

/**
 * In a server, managing the channel means Manage Channels or Manage Server (Administrator
 * implies both), and administering Sitrep (feedback and gaps reports) means Manage Server; in
 * a DM with the bot, the user owns the conversation but administers nothing.
 */
function userOf(
  user: DiscordUser,
  guildId: string | null,
  permissions: () => Readonly<PermissionsBitField> | null,
): UserRef {
  return {
    id: user.id,
    name: user.globalName ?? user.username,
    canManageChannel:
      !guildId || hasAny(permissions, [PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]),
    // Not in a DM: `feedback purge all` there would reach every server's records.
    isAdmin: guildId !== null && hasAny(permissions, [PermissionFlagsBits.ManageGuild]),
  };
}

function hasAny(permissions: () => Readonly<PermissionsBitField> | null, flags: bigint[]): boolean {
  try {
    return permissions()?.any(flags) ?? false;
  } catch {
    // A member whose roles are not cached yet cannot be resolved; deny rather than guess.
    return false;
  }
}
