import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkDataDir } from '../../src/doctor/data-dir.ts';
import { checkFeeds } from '../../src/doctor/feeds.ts';
import { checkKnowledgeDir } from '../../src/doctor/knowledge-dir.ts';
import { checkNodeVersion } from '../../src/doctor/node-version.ts';
import { exitCodeOf, renderReport } from '../../src/doctor/report.ts';
import { ALLOW_ALL } from '../../src/fetch/fetch-policy.ts';
import { closeHttpServer, localHttpUrl, startLocalHttpServer } from '../fakes/shared/local-http-server.ts';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Base news</title>
<item><title>Pier reopens</title><link>https://example.org/pier</link><guid>pier-1</guid></item></channel></rss>`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sitrep-doctor-'));
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('install checks', () => {
  test('Node.js: 20 and newer pass, older versions fail with how to upgrade', () => {
    expect(checkNodeVersion('22.3.0').status).toBe('ok');
    const old = checkNodeVersion('18.19.1');
    expect(old).toMatchObject({ status: 'fail', summary: expect.stringContaining('18.19.1') });
    expect(old.fix).toContain('Node.js 20');
  });

  test('data/: created when missing; a read-only folder fails and names DATA_DIR', async () => {
    const fresh = path.join(dir, 'data');
    expect(await checkDataDir(fresh, path.join(fresh, 'sitrep.db'))).toMatchObject({
      status: 'ok',
      summary: expect.stringContaining('is created on first start'),
    });
    if (process.getuid?.() === 0) return; // root writes anywhere: the refusal cannot be shown
    await chmod(fresh, 0o500);
    const refused = await checkDataDir(fresh, path.join(fresh, 'sitrep.db'));
    expect(refused).toMatchObject({ status: 'fail', summary: expect.stringContaining('EACCES') });
    expect(refused.fix).toContain('DATA_DIR');
  });

  test('knowledge: counts articles and files, lists skipped files with the reason', async () => {
    await writeFile(
      path.join(dir, 'pier.md'),
      '# Pier reopens\n\nThe pier reopened on Monday after repairs.\n',
    );
    await writeFile(path.join(dir, 'logo.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const result = await checkKnowledgeDir(dir);
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/1 article from 2 files, 1 skipped$/);
    expect(result.details?.[0]).toMatch(/^logo\.txt: binary file/);
    expect((await checkKnowledgeDir(path.join(dir, 'nope'))).status).toBe('fail');
  });

  test('feeds: a live RSS feed passes; a 404 and a bad line are listed; all down fails', async () => {
    const server = await startLocalHttpServer();
    server.on('request', (req, res) => {
      res.writeHead(req.url === '/rss' ? 200 : 404, { 'content-type': 'application/rss+xml' });
      res.end(req.url === '/rss' ? RSS : 'gone');
    });
    try {
      const base = localHttpUrl(server);
      await writeFile(path.join(dir, 'feeds.txt'), `# ours\n${base}/rss\n${base}/missing\nnot a url\n`);
      const mixed = await checkFeeds(dir, { policy: ALLOW_ALL });
      expect(mixed.status).toBe('warn');
      expect(mixed.summary).toBe('feeds: 1 of 2 feeds reachable');
      expect(mixed.details).toEqual([
        'feeds.txt line 4: not an http(s) URL: "not a url"',
        `${base}/missing: HTTP 404`,
      ]);
      await writeFile(path.join(dir, 'feeds.txt'), `${base}/missing\n`);
      expect((await checkFeeds(dir, { policy: ALLOW_ALL })).status).toBe('fail');
      await writeFile(path.join(dir, 'feeds.txt'), `${base}/rss\n`);
      expect(await checkFeeds(dir, { policy: ALLOW_ALL })).toMatchObject({
        status: 'ok',
        summary: 'feeds: 1 of 1 feed reachable',
      });
    } finally {
      await closeHttpServer(server);
    }
  });

  test('the report shows each fix under its line, and exits 1 only when something failed', () => {
    const sections = [
      {
        title: 'Install',
        results: [
          checkNodeVersion('22.0.0'),
          { status: 'warn' as const, summary: 'feeds: 0 of 1 feed', fix: 'Fix it.' },
        ],
      },
    ];
    expect(renderReport(sections)).toBe(
      'Install\n  ok    Node.js 22.0.0\n  warn  feeds: 0 of 1 feed\n          → Fix it.\n\nEverything Sitrep needs is in order (1 warning).\n',
    );
    expect(exitCodeOf(sections)).toBe(0);
    sections[0]?.results.push(checkNodeVersion('18.0.0'));
    expect(exitCodeOf(sections)).toBe(1);
    expect(renderReport(sections)).toContain('1 problem to fix (1 warning).');
  });
});
