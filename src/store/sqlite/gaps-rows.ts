import type { ChannelRef } from '../../bot/request.ts';
import type { GapsSubscription } from '../../subscriptions/gaps-subscription.ts';
import { channelKey } from '../../subscriptions/subscription.ts';

/** A `gaps_subscriptions` row; SQLite and PostgreSQL hold the same values. */
export interface GapsSubscriptionRow {
  channel_key: string;
  channel: string;
  weekday: number;
  time: string;
  timezone: string;
  enabled: number;
  disabled_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The columns in table order. */
export const GAPS_SUBSCRIPTION_COLUMNS = [
  'channel_key',
  'channel',
  'weekday',
  'time',
  'timezone',
  'enabled',
  'disabled_reason',
  'created_by',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof GapsSubscriptionRow>;

/** The subscription's column values in table order, for positional parameters. */
export function gapsSubscriptionValues(subscription: GapsSubscription): Array<string | number | null> {
  const row: GapsSubscriptionRow = {
    channel_key: channelKey(subscription.channel),
    channel: JSON.stringify(subscription.channel),
    weekday: subscription.weekday,
    time: subscription.time,
    timezone: subscription.timezone,
    enabled: subscription.enabled ? 1 : 0,
    disabled_reason: subscription.disabledReason ?? null,
    created_by: subscription.createdBy ?? null,
    created_at: subscription.createdAt,
    updated_at: subscription.updatedAt,
  };
  return GAPS_SUBSCRIPTION_COLUMNS.map((column) => row[column]);
}

export function rowToGapsSubscription(row: GapsSubscriptionRow): GapsSubscription {
  return {
    channel: JSON.parse(row.channel) as ChannelRef,
    weekday: row.weekday,
    time: row.time,
    timezone: row.timezone,
    enabled: row.enabled === 1,
    ...(row.disabled_reason !== null ? { disabledReason: row.disabled_reason } : {}),
    ...(row.created_by !== null ? { createdBy: row.created_by } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
