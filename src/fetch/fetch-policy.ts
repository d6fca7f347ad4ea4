import { type AllowList, EMPTY_ALLOW_LIST, parseAllowList } from './allow-list.ts';

/** Which addresses links from chat and feeds may reach (see docs/security.md). */
export interface FetchPolicy {
  /** `FETCH_ALLOW_PRIVATE=1`: every address may be fetched, for teams whose feeds are internal. */
  allowPrivate: boolean;
  /** `FETCH_ALLOW_HOSTS`: host names and CIDR ranges allowed although they are private. */
  allow: AllowList;
}

/** The default: public addresses only. */
export const PUBLIC_ONLY: FetchPolicy = Object.freeze({ allowPrivate: false, allow: EMPTY_ALLOW_LIST });

/** Everything allowed: for tests against servers on 127.0.0.1, and `FETCH_ALLOW_PRIVATE=1`. */
export const ALLOW_ALL: FetchPolicy = Object.freeze({ allowPrivate: true, allow: EMPTY_ALLOW_LIST });

export function fetchPolicy(settings: { allowPrivate: boolean; allowHosts: readonly string[] }): FetchPolicy {
  return { allowPrivate: settings.allowPrivate, allow: parseAllowList(settings.allowHosts).list };
}
