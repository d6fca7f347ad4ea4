import type { ChannelRef } from '../bot/request.ts';

interface Created {
  createdBy?: string;
  createdAt: string;
}

/**
 * The channel, on-switch and who-and-when of a subscription being saved: a change keeps who
 * created it and when (a daily briefing's next window starts from `createdAt`), a new one is
 * stamped now by the person asking. Shared by daily briefings and the weekly gaps post.
 */
export function subscriptionStamps(
  channel: ChannelRef,
  userId: string,
  existing: Created | undefined,
  at: string,
) {
  return {
    channel,
    enabled: true,
    createdBy: existing?.createdBy ?? userId,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
}
