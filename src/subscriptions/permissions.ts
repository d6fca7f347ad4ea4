import { codeFor } from '../bot/command-syntax.ts';
import type { Platform, UserRef } from '../bot/request.ts';
import type { ErrorReply } from '../replies/reply.ts';

/**
 * Whether `user` may change the channel's briefing schedule. Adapters fill `canManageChannel`
 * from the platform: Discord Manage Channels or Manage Server; Slack workspace admins and
 * owners, or the user ids listed in SLACK_DIGEST_ADMINS.
 */
export function canChangeSchedule(user: UserRef): boolean {
  return user.canManageChannel === true;
}

/** The polite refusal for someone who may not change the schedule. */
export function scheduleChangeRefusal(action: 'subscribe' | 'unsubscribe', platform: Platform): ErrorReply {
  const what = action === 'subscribe' ? 'set up or change' : 'stop';
  return {
    kind: 'error',
    code: 'digest.forbidden',
    message:
      `Sorry, only people who can manage this channel can ${what} its daily briefing. ` +
      `Please ask a channel manager or an admin. Anyone can see the schedule with ${codeFor(platform, 'digest status')} ` +
      `or read the briefing so far with ${codeFor(platform, 'digest preview')}.`,
  };
}
