import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import {
  isAdminCommand,
  needsChannelPermission,
  type ParsedCommand,
  type SlackOrigin,
} from './to-request.ts';

export type CanManageChannel = (origin: SlackOrigin, parsed: ParsedCommand) => Promise<boolean>;

export interface ChannelPermissionOptions {
  client: Pick<webApi.WebClient, 'users'>;
  /** User ids (U…/W…) allowed to change any channel's digest schedule (SLACK_DIGEST_ADMINS). */
  adminUserIds?: readonly string[];
  logger: Logger;
}

/**
 * Decides `user.canManageChannel` for `digest subscribe|unsubscribe` and `isAdmin` for
 * `feedback`/`gaps`; other commands never pay for a lookup. A configured admin may; so may
 * anyone in their own direct message with Sitrep, for its schedule only; otherwise Slack's `users.info` decides (workspace admins and owners).
 * A failed lookup (e.g. the `users:read` scope is missing) is logged and counts as "may not".
 */
export function createChannelPermission({
  client,
  adminUserIds = [],
  logger,
}: ChannelPermissionOptions): CanManageChannel {
  const admins = new Set(adminUserIds);
  return async (origin, parsed) => {
    if (!needsChannelPermission(parsed)) return false;
    if (admins.has(origin.userId)) return true;
    // Someone owns their DM with Sitrep's schedule, but not the team's feedback.
    if (origin.channelId.startsWith('D') && !isAdminCommand(parsed)) return true;
    try {
      const { user } = await client.users.info({ user: origin.userId });
      return Boolean(user?.is_admin || user?.is_owner);
    } catch (error) {
      logger.warn(
        { err: error, user: origin.userId },
        'Slack users.info failed, so the user counts as not allowed to manage the channel; add the users:read scope or list the user in SLACK_DIGEST_ADMINS',
      );
      return false;
    }
  };
}
