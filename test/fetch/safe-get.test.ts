import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALLOW_ALL, fetchPolicy, PUBLIC_ONLY } from '../../src/fetch/fetch-policy.ts';
import { safeGet } from '../../src/fetch/safe-get.ts';
import { fetchText } from '../../src/knowledge/feeds/fetch-text.ts';
import { startHostileSite } from './hostile-site.ts';

let site: Awaited<ReturnType<typeof startHostileSite>>;
beforeAll(async () => {
  site = await startHostileSite();
});
afterAll(() => site.close());

const PRIVATE_REFUSAL = /private or internal network address/;

describe('links to this machine and its networks are refused by default', () => {
  test.each([
    (port: string) => `http://127.0.0.1:${port}/admin`,
    (port: string) => `http://localhost:${port}/admin`,
    (port: string) => `http://2130706433:${port}/admin`,
    (port: string) => `http://0x7f.0.0.1:${port}/admin`,
    (port: string) => `http://0177.0.0.1:${port}/admin`,
    (port: string) => `http://127.1:${port}/admin`,
    (port: string) => `http://[::1]:${port}/admin`,
    (port: string) => `http://[::ffff:127.0.0.1]:${port}/admin`,
    (port: string) => `http://[::ffff:7f00:1]:${port}/admin`,
    (port: string) => `http://0.0.0.0:${port}/admin`,
    () => 'http://169.254.169.254/latest/meta-data/',
    () => 'http://[fd00::1]/',
    () => 'http://10.0.0.1/',
    () => 'http://192.168.0.1/',
  ])('%#: %s', async (link) => {
    const before = site.hits.get('/admin') ?? 0;
    const result = await safeGet(link(site.port), { policy: PUBLIC_ONLY, deadlineMs: 2_000 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(PRIVATE_REFUSAL) });
    expect(site.hits.get('/admin') ?? 0).toBe(before);
  });

  test('a host name that resolves to any private address is refused, even next to a public one', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 as const },
      { address: '127.0.0.1', family: 4 as const },
    ];
    const result = await safeGet(`http://news.example:${site.port}/admin`, {
      policy: PUBLIC_ONLY,
      deadlineMs: 2_000,
      resolve,
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(PRIVATE_REFUSAL) });
  });

  test.each([
    ['file:///etc/passwd', /only http and https links are read, not file/],
    ['ftp://example.com/feed.xml', /not ftp/],
    ['gopher://example.com/', /not gopher/],
    ['http://admin:hunter2@example.com/', /user name or password/],
    ['http://:secret@example.com/', /user name or password/],
    ['not a url', /not a valid link/],
  ])('%s', async (link, reason) => {
    const result = await safeGet(link, { policy: ALLOW_ALL, deadlineMs: 1_000 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(reason) });
  });
});

describe('operators can allow internal sites', () => {
  test('FETCH_ALLOW_PRIVATE reads the page', async () => {
    const result = await fetchText(`${site.base}/page`, { policy: ALLOW_ALL, timeoutMs: 2_000 });
    expect(result).toMatchObject({ ok: true, status: 200, text: expect.stringContaining('ferry leaves') });
  });

  test('an allowed CIDR range reads the page; another address stays refused', async () => {
    const policy = fetchPolicy({ allowPrivate: false, allowHosts: ['127.0.0.0/8'] });
    expect(await fetchText(`${site.base}/page`, { policy, timeoutMs: 2_000 })).toMatchObject({ ok: true });
    const other = await safeGet('http://10.0.0.1/', { policy, deadlineMs: 1_000 });
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(PRIVATE_REFUSAL) });
  });

  test('an allowed host name reads the page', async () => {
    const policy = fetchPolicy({ allowPrivate: false, allowHosts: ['.corp.example'] });
    const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const result = await fetchText(`http://wiki.corp.example:${site.port}/page`, {
      policy,
      timeoutMs: 2_000,
      resolve,
    });
    expect(result).toMatchObject({ ok: true });
  });

  test('the host is resolved once and the connection goes to that address (no DNS rebinding)', async () => {
    const policy = fetchPolicy({ allowPrivate: false, allowHosts: ['127.0.0.1/32'] });
    const answers = ['127.0.0.1', '10.9.9.9'];
    let lookups = 0;
    const resolve = async () => [{ address: answers[lookups++] ?? '10.9.9.9', family: 4 as const }];
    const result = await fetchText(`http://rebind.example:${site.port}/page`, {
      policy,
      timeoutMs: 2_000,
      resolve,
    });
    expect(result).toMatchObject({ ok: true });
    expect(lookups).toBe(1);
  });

  test('every redirect hop is checked: an allowed site cannot redirect into a refused address', async () => {
    const policy = fetchPolicy({ allowPrivate: false, allowHosts: ['feeds.corp'] });
    const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];
    site.redirectTo(`http://127.0.0.1:${site.port}/admin`);
    const before = site.hits.get('/admin') ?? 0;
    const result = await safeGet(`http://feeds.corp:${site.port}/redirect`, {
      policy,
      deadlineMs: 2_000,
      resolve,
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(PRIVATE_REFUSAL) });
    expect(site.hits.get('/admin') ?? 0).toBe(before);
  });

  test('redirects are followed when allowed, and a redirect loop ends', async () => {
    site.redirectTo('/page');
    expect(await fetchText(`${site.base}/redirect`, { policy: ALLOW_ALL, timeoutMs: 2_000 })).toMatchObject({
      ok: true,
      text: expect.stringContaining('ferry'),
    });
    site.redirectTo('file:///etc/passwd');
    expect(await safeGet(`${site.base}/redirect`, { policy: ALLOW_ALL, deadlineMs: 2_000 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not file/),
    });
    expect(await safeGet(`${site.base}/loop`, { policy: ALLOW_ALL, deadlineMs: 2_000 })).toMatchObject({
      ok: false,
      error: 'more than 5 redirects',
    });
  });
});

describe('responses are bounded', () => {
  test('a server that trickles a byte at a time is cut off at the deadline', async () => {
    const started = performance.now();
    const result = await safeGet(`${site.base}/trickle`, { policy: ALLOW_ALL, deadlineMs: 300 });
    expect(result).toEqual({ ok: false, error: 'timed out after 0.3 s' });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  test.each(['/gzip-bomb', '/brotli-bomb'])('%s is stopped at the decoded-size bound', async (path) => {
    const result = await safeGet(`${site.base}${path}`, { policy: ALLOW_ALL, deadlineMs: 5_000 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/too large once decompressed/) });
  });

  test('a compressed page is decompressed', async () => {
    const result = await fetchText(`${site.base}/gzip-page`, { policy: ALLOW_ALL, timeoutMs: 2_000 });
    expect(result).toMatchObject({ ok: true, text: expect.stringContaining('ferry leaves') });
  });

  test('a body over 5 MB is refused, announced or not', async () => {
    for (const path of ['/huge', '/huge-declared']) {
      const result = await safeGet(`${site.base}${path}`, { policy: ALLOW_ALL, deadlineMs: 5_000 });
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
    }
  });

  test('non-text content is refused with what it is', async () => {
    expect(await safeGet(`${site.base}/report.pdf`, { policy: ALLOW_ALL, deadlineMs: 2_000 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/a PDF document \(application\/pdf\)/),
    });
    expect(await safeGet(`${site.base}/photo`, { policy: ALLOW_ALL, deadlineMs: 2_000 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/an image/),
    });
  });

  test('text is decoded in its declared charset', async () => {
    const result = await fetchText(`${site.base}/latin1`, { policy: ALLOW_ALL, timeoutMs: 2_000 });
    expect(result).toMatchObject({ ok: true, text: 'café' });
  });

  test('HTTP errors are reported by status', async () => {
    expect(await safeGet(`${site.base}/missing`, { policy: ALLOW_ALL, deadlineMs: 2_000 })).toMatchObject({
      ok: false,
      status: 404,
      error: 'HTTP 404',
    });
  });
});
