/** Fixed ids for the fake Discord world, so payloads and assertions read the same. */
export const IDS = {
  application: '900000000000000001',
  botUser: '900000000000000002',
  guild: '910000000000000001',
  channel: '920000000000000001',
  otherChannel: '920000000000000002',
  /** A channel where the bot may post but not read the history (an overwrite denies it). */
  noHistoryChannel: '920000000000000003',
  dmChannel: '920000000000000009',
  user: '930000000000000001',
  owner: '930000000000000099',
} as const;

let next = 950_000_000_000_000_000n;

/** A new, increasing snowflake-like id. */
export function snowflake(): string {
  next += 1n;
  return next.toString();
}
