import type { ChannelRef } from '../bot/request.ts';
import { isoWeekOf } from '../scheduler/zoned-time.ts';
import { channelKey } from './subscription.ts';

/**
 * A channel's weekly post of the questions nobody could answer (`gaps subscribe`): on which
 * weekday and at what time, in which time zone.
 */
export interface GapsSubscription {
  channel: ChannelRef;
  /** 0 = Sunday … 6 = Saturday, in `timezone`. */
  weekday: number;
  /** Local time of day, 24-hour `HH:MM`. */
  time: string;
  /** IANA time zone name, e.g. `Europe/Brussels`. */
  timezone: string;
  /** False once the channel is gone; subscribing again re-enables it. */
  enabled: boolean;
  disabledReason?: string;
  /** Who set the schedule (platform user id). */
  createdBy?: string;
  createdAt: string;
  /** ISO instant the schedule was last set; posts scheduled before it never count as missed. */
  updatedAt: string;
}

/** Monday 09:00: the start of a working week, when a team plans which articles to add. */
export const DEFAULT_GAPS_WEEKDAY = 1;
export const DEFAULT_GAPS_TIME = '09:00';

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * The idempotency key of a weekly gaps post: one per channel and ISO week of the channel's
 * local date (`slack:C1:gaps:2026-W43`), so moving the weekday after this week's post went out
 * does not post a second one the same week.
 */
export function gapsRunKey(channel: ChannelRef, localDay: string): string {
  return `${channelKey(channel)}:gaps:${isoWeekOf(localDay)}`;
}
