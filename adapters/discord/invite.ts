import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * What Sitrep needs in a channel, and nothing more: post (mention replies, scheduled
 * briefings), embed links (every reply is an embed), and read history (a reply quotes the
 * message it answers). Slash-command responses need no permission at all.
 */
export const INVITE_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
]);

export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/** The URL that adds the bot to a server with exactly the scopes and permissions above. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: INVITE_SCOPES.join(' '),
    permissions: INVITE_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
