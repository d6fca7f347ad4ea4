import type { ChannelRef } from '../bot/request.ts';

/** A channel's daily briefing: when, in which time zone, and on what. */
export interface Subscription {
  channel: ChannelRef;
  /** Local time of day, 24-hour `HH:MM`. */
  time: string;
  /** IANA time zone name, e.g. `Europe/Brussels`. */
  timezone: string;
  /** Topics to include; empty means every topic. */
  topics: string[];
  /** Only Monday to Friday, in the subscription's time zone. */
  weekdaysOnly: boolean;
  /** Post nothing on a day with nothing new, instead of a short "nothing new since …" line. */
  quietWhenEmpty: boolean;
  /** False once the channel is gone (deleted, or the bot removed); subscribing again re-enables it. */
  enabled: boolean;
  disabledReason?: string;
  /** Who set the schedule (platform user id). */
  createdBy?: string;
  /** ISO instant of the first subscription; a digest window never reaches before it minus 24 h. */
  createdAt: string;
  /**
   * ISO instant the schedule was last set. Scheduled times before it never count as missed, so
   * subscribing at 09:00 to an 08:00 briefing does not post at once.
   */
  updatedAt: string;
}

/** The stable key of a channel across tables and logs: `platform:id`. */
export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.id}`;
}

/** The idempotency key of a scheduled digest: one per channel and local day. */
export function scheduledRunKey(channel: ChannelRef, localDay: string): string {
  return `${channelKey(channel)}:${localDay}`;
}

export const DEFAULT_DIGEST_TIME = '08:00';
