import { copyFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CommandRequest } from '../../src/bot/request.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';
import { type Core, openCore } from '../../src/runtime/open-core.ts';
import { SEED_ID } from '../support/test-bot.ts';

const PAGE = `<!doctype html><html><head><title>Harbor pilots train on new tugboats | Port News</title>
<meta property="og:title" content="Harbor pilots train on new tugboats">
<meta property="article:published_time" content="2024-05-06T09:00:00Z"></head>
<body><article><h1>Harbor pilots train on new tugboats</h1>
<p>Harbor pilots in Norfolk spent the week training on three new tugboats delivered to the port in April.</p>
<p>The tugboats can push container ships twice as large as the ones the port handled ten years ago.</p>
<p>Training continues through June, when the last of the new tugboats enters service.</p>
</article></body></html>`;

let server: Server;
let pageUrl: string;
let pageRequests = 0;
let core: Core;

const request = (command: string, args: CommandRequest['args'], canManageChannel = true): CommandRequest => ({
  command,
  args,
  channel: { platform: 'slack', id: 'C1', workspaceId: 'T1' },
  user: { id: 'U1', canManageChannel },
});

let dataDirs: string[] = [];
let knowledgeDir: string;

/** A core over the seed article and a fresh data dir, with extra settings. */
async function openTestCore(env: Record<string, string> = {}): Promise<Core> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-data-'));
  dataDirs.push(dataDir);
  const config = loadConfig(
    { KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir, DIGEST_TIMEZONE: 'Europe/Brussels', ...env },
    '/nonexistent/.env',
  );
  return openCore(config, { clock: fixedClock('2024-05-07T12:00:00Z'), logger: silentLogger });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/news/tugboats') {
      pageRequests++;
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else if (req.url === '/admin') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<p>The database password for the internal billing system is hunter2-SECRET.</p>');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/tugboats`;
  knowledgeDir = mkdtempSync(join(tmpdir(), 'sitrep-knowledge-'));
  copyFileSync(`knowledge/${SEED_ID}.txt`, join(knowledgeDir, `${SEED_ID}.txt`));
  // The page server is on 127.0.0.1, so this core allows private addresses and shares pages.
  core = await openTestCore({ FETCH_ALLOW_PRIVATE: '1', SUMMARIZE_ADDS_TO_KNOWLEDGE: 'always' });
});

afterAll(async () => {
  await core?.close();
  await new Promise((resolve) => server.close(resolve));
  dataDirs = [];
});

describe('the core opened over a knowledge dir and a SQLite data dir', () => {
  test('answers from the indexed knowledge dir', async () => {
    const reply = await core.bot.handle(
      request('ask', { question: 'Where was the inaugural NATO Space Symposium held?' }),
    );
    expect(reply).toMatchObject({ kind: 'answer', citations: [{ articleId: SEED_ID }] });
  });

  test('with SUMMARIZE_ADDS_TO_KNOWLEDGE=always, summarize URL fetches the page once, adds it and summarizes it', async () => {
    const first = await core.bot.handle(request('summarize', { article: pageUrl, sentences: '2' }));
    expect(first).toMatchObject({
      kind: 'summary',
      title: 'Harbor pilots train on new tugboats',
      note: expect.stringMatching(/^Added to the shared knowledge base/),
    });
    expect(first).not.toHaveProperty('private', true);
    expect(first.kind === 'summary' && first.sentences[0]).toContain('three new tugboats');
    const again = await core.bot.handle(request('summarize', { article: pageUrl }));
    expect(again).toMatchObject({ kind: 'summary', title: 'Harbor pilots train on new tugboats' });
    expect(pageRequests).toBe(1);
    expect(core.knowledge.search('tugboats')[0]?.title).toBe('Harbor pilots train on new tugboats');
  });

  test('an unreadable URL gets a clear error, not a crash', async () => {
    const reply = await core.bot.handle(request('summarize', { article: `${pageUrl}-missing` }));
    expect(reply).toMatchObject({ kind: 'error', code: 'summarize.fetchFailed' });
  });

  test('only channel managers change the briefing schedule', async () => {
    const refused = await core.bot.handle(
      request('digest', { action: 'subscribe', options: '07:30' }, false),
    );
    expect(refused).toMatchObject({ kind: 'error', code: 'digest.forbidden' });
    const accepted = await core.bot.handle(
      request('digest', { action: 'subscribe', options: '07:30 weekdays' }),
    );
    expect(accepted.kind).toBe('notice');
    expect(core.store.getSubscription({ platform: 'slack', id: 'C1' })).toMatchObject({
      time: '07:30',
      timezone: 'Europe/Brussels',
    });
  });

  test('a bad time zone is answered with a suggestion', async () => {
    const reply = await core.bot.handle(
      request('digest', { action: 'subscribe', options: '08:00 Europe/Bruxelles' }),
    );
    expect(reply).toMatchObject({ kind: 'error' });
    expect(reply.kind === 'error' && reply.message).toContain('Europe/Brussels');
  });
});

describe('summarize URL under the default settings', () => {
  let strict: Core;
  let privateOnly: Core;
  beforeAll(async () => {
    strict = await openTestCore();
    privateOnly = await openTestCore({ FETCH_ALLOW_PRIVATE: '1' });
  });
  afterAll(async () => {
    await strict?.close();
    await privateOnly?.close();
  });

  test('an internal page is refused and never reaches the knowledge base', async () => {
    const adminUrl = pageUrl.replace('/news/tugboats', '/admin');
    const reply = await strict.bot.handle(request('summarize', { article: adminUrl }));
    expect(reply).toMatchObject({ kind: 'error', code: 'summarize.fetchFailed' });
    expect(reply.kind === 'error' && reply.message).toMatch(/private or internal network address/);
    const asked = await strict.bot.handle(
      request('ask', { question: 'what is the database password for the billing system?' }),
    );
    expect(JSON.stringify(asked)).not.toContain('hunter2');
  });

  test('a readable page is summarized for the asker only and not shared', async () => {
    const reply = await privateOnly.bot.handle(request('summarize', { article: pageUrl }));
    expect(reply).toMatchObject({
      kind: 'summary',
      title: 'Harbor pilots train on new tugboats',
      private: true,
      note: expect.stringMatching(/not added to the shared knowledge base/),
    });
    expect(privateOnly.knowledge.search('tugboats')).toEqual([]);
    expect(privateOnly.store.listFeedItems()).toEqual([]);
  });
});
