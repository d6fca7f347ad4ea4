import { PermissionFlagsBits } from 'discord.js';

/** The parts of Discord's channel, guild and member objects that decide permissions. */
export interface PermissionInputs {
  guild: { id: string; owner_id: string; roles: Array<{ id: string; permissions: string }> };
  member: { roles: string[] };
  channel: { permission_overwrites?: Array<{ id: string; type: number; allow: string; deny: string }> };
  userId: string;
}

/** What the bot needs in a channel it posts briefings to: see it, plus the invite permissions (a test keeps them equal). */
export const CHANNEL_PERMISSIONS: Record<string, bigint> = {
  'View Channel': PermissionFlagsBits.ViewChannel,
  'Send Messages': PermissionFlagsBits.SendMessages,
  'Embed Links': PermissionFlagsBits.EmbedLinks,
  'Read Message History': PermissionFlagsBits.ReadMessageHistory,
};

/**
 * The bot's effective permissions in a channel, computed as Discord documents it: @everyone and
 * the member's roles, owner and Administrator get everything, then the channel's @everyone, role
 * and member overwrites in that order.
 * @see https://discord.com/developers/docs/topics/permissions#permission-overwrites
 */
export function channelPermissions({ guild, member, channel, userId }: PermissionInputs): bigint {
  const ALL = (1n << 64n) - 1n;
  if (guild.owner_id === userId) return ALL;
  const roleBits = (id: string) => BigInt(guild.roles.find((role) => role.id === id)?.permissions ?? '0');
  let permissions = roleBits(guild.id);
  for (const role of member.roles) permissions |= roleBits(role);
  if ((permissions & PermissionFlagsBits.Administrator) !== 0n) return ALL;
  const overwrites = channel.permission_overwrites ?? [];
  const apply = (allow: bigint, deny: bigint) => {
    permissions = (permissions & ~deny) | allow;
  };
  const everyone = overwrites.find((o) => o.id === guild.id);
  if (everyone) apply(BigInt(everyone.allow), BigInt(everyone.deny));
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && member.roles.includes(o.id)) {
      roleAllow |= BigInt(o.allow);
      roleDeny |= BigInt(o.deny);
    }
  }
  apply(roleAllow, roleDeny);
  const own = overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own) apply(BigInt(own.allow), BigInt(own.deny));
  return permissions;
}

/** The names of the needed permissions missing from `permissions`. */
export function missingPermissions(permissions: bigint): string[] {
  return Object.entries(CHANNEL_PERMISSIONS)
    .filter(([, bit]) => (permissions & bit) === 0n)
    .map(([name]) => name);
}
