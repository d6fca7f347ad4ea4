export type Platform = 'console' | 'cli' | 'slack' | 'discord';

/** Where a request came from and where a scheduled digest goes. */
export interface ChannelRef {
  platform: Platform;
  /** Platform channel id (Slack C…/D…, Discord snowflake); "console" for the console. */
  id: string;
  /** Slack team id or Discord guild id, when there is one. */
  workspaceId?: string;
  name?: string;
}

export interface UserRef {
  id: string;
  name?: string;
  /** Whether the platform says this user may manage the channel (schedule changes need it). */
  canManageChannel: boolean;
  /**
   * Whether the platform says this user administers the team (Slack workspace admins and owners
   * or SLACK_DIGEST_ADMINS; Discord Manage Server; the console's owner): they may read the
   * `feedback` and `gaps` reports and purge what was recorded. Absent means no.
   */
  isAdmin?: boolean;
}

/** A platform-neutral command: adapters build it, `Bot.handle` answers it. */
export interface CommandRequest {
  /** Command name as typed (`ask`, `summarize`, …); unknown names get a "did you mean" reply. */
  command: string;
  /** Named arguments, e.g. `{ question }` for ask, `{ query, speaker }` for quote. */
  args: Record<string, string | undefined>;
  channel: ChannelRef;
  user: UserRef;
}
