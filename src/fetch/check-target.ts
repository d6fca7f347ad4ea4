import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isSpecialAddress, stripBrackets } from './address-ranges.ts';
import type { FetchPolicy } from './fetch-policy.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (injectable so tests can play a rebinding DNS). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolve: Resolve = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** A URL that may be fetched, with the one address the connection must go to. */
export type Target =
  | {
      ok: true;
      url: URL;
      address: ResolvedAddress /** Allowed by name: any address is fine. */;
      hostAllowed: boolean;
    }
  | { ok: false; error: string };

/**
 * Decides whether `href` may be fetched under `policy` and pins the address to connect to. The
 * host is resolved once, here, and every address it resolves to must be allowed: connecting to
 * exactly the checked address leaves no gap for DNS rebinding. Spellings like `http://2130706433/`
 * or `http://0x7f.1/` are normalized to 127.0.0.1 by the URL parser before they are judged.
 */
export async function checkTarget(href: string, policy: FetchPolicy, resolve: Resolve): Promise<Target> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, error: 'not a valid link' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `only http and https links are read, not ${url.protocol.replace(/:$/, '')}` };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'links with a user name or password in them are refused' };
  }
  const host = stripBrackets(url.hostname);
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return { ok: false, error: 'host not found' };
    }
  }
  const first = addresses[0];
  if (!first) return { ok: false, error: 'host not found' };
  const hostAllowed = policy.allowPrivate || policy.allow.allowsHost(host);
  if (!hostAllowed && addresses.some((entry) => !isAddressAllowed(entry.address, policy))) {
    return {
      ok: false,
      error:
        'the link points to a private or internal network address, which Sitrep does not read (an operator can allow it with FETCH_ALLOW_HOSTS)',
    };
  }
  return { ok: true, url, address: first, hostAllowed };
}

/** Whether a connection may go to `address` (also checked again on the connected socket). */
export function isAddressAllowed(address: string, policy: FetchPolicy): boolean {
  return policy.allowPrivate || !isSpecialAddress(address) || policy.allow.allowsAddress(address);
}
