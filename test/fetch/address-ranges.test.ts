import { describe, expect, test } from 'vitest';
import { embeddedIPv4, isSpecialAddress } from '../../src/fetch/address-ranges.ts';
import { parseAllowList } from '../../src/fetch/allow-list.ts';

describe('isSpecialAddress', () => {
  test.each([
    '127.0.0.1',
    '127.255.255.254',
    '0.0.0.0',
    '10.1.2.3',
    '100.64.0.1',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '2001:db8::1',
    'not an address',
  ])('%s is refused', (address) => {
    expect(isSpecialAddress(address)).toBe(true);
  });

  test.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '100.128.0.1',
    '2606:4700::6810:84e5',
    '::ffff:8.8.8.8',
    '2002:0808:0808::',
  ])('%s is public', (address) => {
    expect(isSpecialAddress(address)).toBe(false);
  });

  test('finds the IPv4 address inside mapped, NAT64 and 6to4 addresses', () => {
    expect(embeddedIPv4('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(embeddedIPv4('0:0:0:0:0:ffff:0a00:0001')).toBe('10.0.0.1');
    expect(embeddedIPv4('64:ff9b::a9fe:a9fe')).toBe('169.254.169.254');
    expect(embeddedIPv4('2002:c0a8:0101::1')).toBe('192.168.1.1');
    expect(embeddedIPv4('2606:4700::1')).toBeUndefined();
  });
});

describe('the FETCH_ALLOW_HOSTS list', () => {
  const { list, invalid } = parseAllowList([
    'wiki.corp',
    '.intra.example',
    '10.20.0.0/16',
    'fd00::/8',
    '127.0.0.1',
  ]);

  test('allows host names exactly or by domain suffix', () => {
    expect(invalid).toEqual([]);
    expect(list.allowsHost('wiki.corp')).toBe(true);
    expect(list.allowsHost('WIKI.corp.')).toBe(true);
    expect(list.allowsHost('news.intra.example')).toBe(true);
    expect(list.allowsHost('evilwiki.corp')).toBe(false);
    expect(list.allowsHost('intra.example.evil.com')).toBe(false);
  });

  test('allows addresses inside the ranges, IPv4-mapped ones included', () => {
    expect(list.allowsAddress('10.20.3.4')).toBe(true);
    expect(list.allowsAddress('::ffff:10.20.3.4')).toBe(true);
    expect(list.allowsAddress('10.21.0.1')).toBe(false);
    expect(list.allowsAddress('fd00::5')).toBe(true);
    expect(list.allowsAddress('127.0.0.1')).toBe(true);
    expect(list.allowsAddress('127.0.0.2')).toBe(false);
  });

  test('names the entries it cannot read', () => {
    expect(parseAllowList(['10.0.0.0/99', 'http://wiki/', 'ok.host']).invalid).toEqual([
      '10.0.0.0/99',
      'http://wiki/',
    ]);
  });
});

describe('FETCH_ALLOW_HOSTS in the configuration', () => {
  test('an entry that is neither a host nor a range stops the start with its name', async () => {
    const { loadConfig } = await import('../../src/config.ts');
    expect(() =>
      loadConfig({ FETCH_ALLOW_HOSTS: 'wiki.corp, http://intranet/ ,10.0.0.0/40' }, '/nonexistent/.env'),
    ).toThrow(
      /FETCH_ALLOW_HOSTS: "http:\/\/intranet\/" is neither.*\n.*FETCH_ALLOW_HOSTS: "10\.0\.0\.0\/40"/,
    );
    const config = loadConfig(
      { FETCH_ALLOW_HOSTS: 'wiki.corp,10.0.0.0/8', FETCH_ALLOW_PRIVATE: '0' },
      '/nonexistent/.env',
    );
    expect(config.fetch).toEqual({ allowPrivate: false, allowHosts: ['wiki.corp', '10.0.0.0/8'] });
  });
});
