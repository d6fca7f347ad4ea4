import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { embeddedIPv4, stripBrackets } from './address-ranges.ts';

/**
 * The operator's exceptions to the address rules (`FETCH_ALLOW_HOSTS`): host names (`wiki.corp`,
 * or `.corp.example` for every host under it) and CIDR ranges (`10.20.0.0/16`, `fd00::/8`).
 */
export interface AllowList {
  /** Whether a host name as written in the URL was allowed by name. */
  allowsHost(hostname: string): boolean;
  /** Whether an address the host resolved to is inside an allowed range. */
  allowsAddress(address: string): boolean;
}

export const EMPTY_ALLOW_LIST: AllowList = { allowsHost: () => false, allowsAddress: () => false };

/** Parses the list; returns the entries it could not read, so config can name them. */
export function parseAllowList(entries: readonly string[]): { list: AllowList; invalid: string[] } {
  const ranges = new BlockList();
  const exact = new Set<string>();
  const suffixes: string[] = [];
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
    const bare = stripBrackets(cidr?.[1] ?? entry);
    const type = isIPv4(bare) ? 'ipv4' : isIPv6(bare) ? 'ipv6' : undefined;
    if (type) {
      const prefix = cidr ? Number(cidr[2]) : type === 'ipv4' ? 32 : 128;
      if (prefix > (type === 'ipv4' ? 32 : 128)) invalid.push(raw);
      else ranges.addSubnet(bare, prefix, type);
    } else if (cidr) invalid.push(raw);
    else if (/^\.?[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/.test(entry)) {
      if (entry.startsWith('.')) suffixes.push(entry.replace(/\.$/, ''));
      else exact.add(entry.replace(/\.$/, ''));
    } else invalid.push(raw);
  }
  const list: AllowList = {
    allowsHost(hostname) {
      const host = hostname.toLowerCase().replace(/\.$/, '');
      return exact.has(host) || suffixes.some((suffix) => host.endsWith(suffix));
    },
    allowsAddress(address) {
      const bare = stripBrackets(address);
      if (isIPv4(bare)) return ranges.check(bare, 'ipv4');
      if (!isIPv6(bare)) return false;
      const embedded = embeddedIPv4(bare);
      return (embedded !== undefined && ranges.check(embedded, 'ipv4')) || ranges.check(bare, 'ipv6');
    },
  };
  return { list, invalid };
}
