import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Addresses a link from chat or a feed must never reach unless an operator allows it: this
 * machine, its networks, link-local (cloud metadata at 169.254.169.254), multicast, reserved and
 * documentation ranges. Sources: IANA IPv4/IPv6 Special-Purpose Address Registries.
 */
const SPECIAL_IPV4: [string, number][] = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const SPECIAL_IPV6: [string, number][] = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible addresses
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const special = new BlockList();
for (const [network, prefix] of SPECIAL_IPV4) special.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of SPECIAL_IPV6) special.addSubnet(network, prefix, 'ipv6');

/**
 * Whether `address` (a literal IPv4 or IPv6 address) is in a special range. IPv6 forms that carry
 * an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged
 * by that IPv4 address, so `::ffff:127.0.0.1` is loopback. Anything that is not an address is
 * treated as special: refusing is the safe answer.
 */
export function isSpecialAddress(address: string): boolean {
  const bare = stripBrackets(address);
  if (isIPv4(bare)) return special.check(bare, 'ipv4');
  if (!isIPv6(bare)) return true;
  const embedded = embeddedIPv4(bare);
  if (embedded !== undefined) return special.check(embedded, 'ipv4');
  return special.check(bare, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped, NAT64 or 6to4 IPv6 address. */
export function embeddedIPv4(ipv6: string): string | undefined {
  const words = expandIPv6(ipv6);
  if (!words) return undefined;
  const isMapped = words.slice(0, 5).every((word) => word === 0) && words[5] === 0xffff;
  const isNat64 = words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((word) => word === 0);
  if (isMapped || isNat64) return wordsToIPv4(words[6] ?? 0, words[7] ?? 0);
  if (words[0] === 0x2002) return wordsToIPv4(words[1] ?? 0, words[2] ?? 0);
  return undefined;
}

/** The eight 16-bit words of an IPv6 address (with `::` and a dotted IPv4 tail expanded). */
export function expandIPv6(address: string): number[] | undefined {
  let text = stripBrackets(address).toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part ? part.split(':').map((word) => Number.parseInt(word, 16)) : []);
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined;
  const words = [...head, ...new Array<number>(Math.max(missing, 0)).fill(0), ...rest];
  return words.some((word) => Number.isNaN(word) || word < 0 || word > 0xffff) ? undefined : words;
}

function wordsToIPv4(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
