import type { ChannelRef } from '../../bot/request.ts';
import { channelKey, type Subscription } from '../../subscriptions/subscription.ts';
import type { DigestRun, RunFailure, RunStatus, RunTrigger } from '../sitrep-store.ts';

/** Table rows and their mapping to Sitrep's records; JSON columns hold lists and small objects. */

export interface SubscriptionRow {
  channel_key: string;
  platform: string;
  channel_id: string;
  workspace_id: string | null;
  channel_name: string | null;
  time: string;
  timezone: string;
  topics: string;
  weekdays_only: number;
  quiet_when_empty: number;
  enabled: number;
  disabled_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface RunRow {
  key: string;
  channel_key: string;
  channel: string;
  trigger: string;
  local_day: string;
  scheduled_for: string | null;
  window_since: string;
  window_until: string;
  article_ids: string;
  headline: string | null;
  claimed_at: string;
  status: string;
  attempts: number;
  sent_at: string | null;
  message_ids: string;
  failure: string | null;
}

export function subscriptionToRow(subscription: Subscription): SubscriptionRow {
  const { channel } = subscription;
  return {
    channel_key: channelKey(channel),
    platform: channel.platform,
    channel_id: channel.id,
    workspace_id: channel.workspaceId ?? null,
    channel_name: channel.name ?? null,
    time: subscription.time,
    timezone: subscription.timezone,
    topics: JSON.stringify(subscription.topics),
    weekdays_only: subscription.weekdaysOnly ? 1 : 0,
    quiet_when_empty: subscription.quietWhenEmpty ? 1 : 0,
    enabled: subscription.enabled ? 1 : 0,
    disabled_reason: subscription.disabledReason ?? null,
    created_by: subscription.createdBy ?? null,
    created_at: subscription.createdAt,
    updated_at: subscription.updatedAt,
  };
}

export function rowToSubscription(row: SubscriptionRow): Subscription {
  const channel: ChannelRef = { platform: row.platform as ChannelRef['platform'], id: row.channel_id };
  if (row.workspace_id !== null) channel.workspaceId = row.workspace_id;
  if (row.channel_name !== null) channel.name = row.channel_name;
  return withoutUndefined({
    channel,
    time: row.time,
    timezone: row.timezone,
    topics: JSON.parse(row.topics) as string[],
    weekdaysOnly: row.weekdays_only === 1,
    quietWhenEmpty: row.quiet_when_empty === 1,
    enabled: row.enabled === 1,
    disabledReason: row.disabled_reason ?? undefined,
    createdBy: row.created_by ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function runToRow(run: DigestRun): RunRow {
  return {
    key: run.key,
    channel_key: channelKey(run.channel),
    channel: JSON.stringify(run.channel),
    trigger: run.trigger,
    local_day: run.localDay,
    scheduled_for: run.scheduledFor ?? null,
    window_since: run.window.since,
    window_until: run.window.until,
    article_ids: JSON.stringify(run.articleIds),
    headline: run.headline ?? null,
    claimed_at: run.claimedAt,
    status: run.status,
    attempts: run.attempts,
    sent_at: run.sentAt ?? null,
    message_ids: JSON.stringify(run.messageIds),
    failure: run.failure ? JSON.stringify(run.failure) : null,
  };
}

export function rowToRun(row: RunRow): DigestRun {
  return withoutUndefined({
    key: row.key,
    channel: JSON.parse(row.channel) as ChannelRef,
    trigger: row.trigger as RunTrigger,
    localDay: row.local_day,
    scheduledFor: row.scheduled_for ?? undefined,
    window: { since: row.window_since, until: row.window_until },
    articleIds: JSON.parse(row.article_ids) as string[],
    headline: row.headline ?? undefined,
    claimedAt: row.claimed_at,
    status: row.status as RunStatus,
    attempts: row.attempts,
    sentAt: row.sent_at ?? undefined,
    messageIds: JSON.parse(row.message_ids) as string[],
    failure: row.failure ? (JSON.parse(row.failure) as RunFailure) : undefined,
  });
}

/** Optional fields are absent rather than undefined, so records compare equal across stores. */
function withoutUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as Array<keyof T>) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}
