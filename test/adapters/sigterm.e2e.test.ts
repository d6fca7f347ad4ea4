import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { scheduledRunKey } from '../../src/subscriptions/subscription.ts';
import { closeHttpServer, localHttpUrl } from '../fakes/shared/local-http-server.ts';
import { type ApiCall, FakeSlackApi, TEAM_ID } from '../fakes/slack/fake-slack-api.ts';
import { formBody, postSigned, SIGNING_SECRET, slashCommand } from '../fakes/slack/payloads.ts';
import { SitrepProcess } from '../support/sitrep-process.ts';

const BRIEFING_CHANNEL = 'C0BRIEF';
/** How long the stop waits for work in flight (STOP_GRACE_SECONDS), and the most it may take in all. */
const GRACE_SECONDS = 3;
const EXIT_DEADLINE_MS = 10_000;

/** A page that is served only once the test releases it: a `summarize` reply kept in flight. */
class SlowPage {
  requested: Promise<void>;
  private release!: () => void;
  private server: Server;

  constructor() {
    let markRequested!: () => void;
    this.requested = new Promise((resolve) => {
      markRequested = resolve;
    });
    const released = new Promise<void>((resolve) => {
      this.release = resolve;
    });
    this.server = createServer((_req, res) => {
      markRequested();
      void released.then(() =>
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            '<html><head><title>Harbor dredging resumes</title></head><body><article><h1>Harbor dredging resumes</h1>' +
              '<p>Dredging of the north harbor channel resumed on Monday after a two-week pause for repairs.</p>' +
              '<p>The channel will reach its full depth of twelve meters by the end of the month.</p>' +
              '<p>Ships longer than two hundred meters must wait for the work to finish.</p></article></body></html>',
          ),
      );
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `${localHttpUrl(this.server)}/harbor`;
  }

  serve(): void {
    this.release();
  }

  close(): Promise<void> {
    return closeHttpServer(this.server);
  }
}

let root: string;
let slackApi: FakeSlackApi;
let page: SlowPage;
let pageUrl: string;
const processes: SitrepProcess[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'sitrep-sigterm-'));
  mkdirSync(path.join(root, 'knowledge'));
  writeFileSync(
    path.join(root, 'knowledge', 'range-closure.md'),
    '---\nid: range-closure\ntitle: Firing range closes for resurfacing\n---\n' +
      'The east firing range closes on Tuesday for two weeks of resurfacing.\n\n' +
      'Units scheduled there will train at the west range instead.\n',
  );
  slackApi = await FakeSlackApi.start();
  page = new SlowPage();
  pageUrl = await page.listen();
});

afterAll(async () => {
  for (const sitrep of processes) await sitrep.kill();
  await slackApi?.close();
  await page?.close();
  rmSync(root, { recursive: true, force: true });
});

function start(): SitrepProcess {
  const sitrep = new SitrepProcess({
    SLACK_BOT_TOKEN: 'xoxb-sigterm-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApi.apiUrl,
    PORT: '0',
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    DATA_DIR: path.join(root, 'data'),
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    FETCH_ALLOW_HOSTS: '127.0.0.1',
    STOP_GRACE_SECONDS: String(GRACE_SECONDS),
  });
  processes.push(sitrep);
  return sitrep;
}

/** The briefing channel's daily briefing, due five minutes ago and set up yesterday. */
function subscribeBriefingChannel(): string {
  const now = Date.now();
  const due = new Date(now - 5 * 60_000);
  const yesterday = new Date(now - 86_400_000).toISOString();
  const store = new SqliteStore(path.join(root, 'data', 'sitrep.db'));
  const channel = { platform: 'slack' as const, id: BRIEFING_CHANNEL, workspaceId: TEAM_ID };
  store.saveSubscription({
    channel,
    time: due.toISOString().slice(11, 16),
    timezone: 'UTC',
    topics: [],
    weekdaysOnly: false,
    quietWhenEmpty: false,
    enabled: true,
    createdAt: yesterday,
    updatedAt: yesterday,
  });
  store.close();
  return scheduledRunKey(channel, due.toISOString().slice(0, 10));
}

const isBriefing = (call: ApiCall) => call.params['channel'] === BRIEFING_CHANNEL;
const replyText = (call: ApiCall) => JSON.stringify(call.params);

describe('SIGTERM, end to end', () => {
  test('stops taking work, sends the reply in flight, closes the database, and the briefing it was posting is posted exactly once after the next start', async () => {
    const runKey = subscribeBriefingChannel();
    // Slack takes the briefing but its answer never comes: the post is in progress at SIGTERM.
    slackApi.neverAnswer('chat.postMessage', isBriefing);

    const first = start();
    const appUrl = `http://127.0.0.1:${await first.slackPort()}`;
    const send = (text: string, responseId: string) =>
      postSigned(appUrl, formBody(slashCommand(text, slackApi.responseUrl(responseId))), {
        contentType: 'application/x-www-form-urlencoded',
      });
    await slackApi.waitFor('chat.postMessage', isBriefing);
    expect((await send(`summarize ${pageUrl}`, 'in-flight')).status).toBe(200);
    await page.requested;

    const signalledAt = performance.now();
    first.signal('SIGTERM');
    await first.waitForLog((line) => line.msg.startsWith('stopping'));
    expect((await send('ask where does the east range unit train?', 'late')).status).toBe(200);
    const late = await slackApi.waitFor('response_url', (call) => call.responseId === 'late');
    expect(replyText(late)).toContain('Sitrep is restarting');

    page.serve();
    const inFlight = await slackApi.waitFor('response_url', (call) => call.responseId === 'in-flight');
    expect(replyText(inFlight)).toContain('full depth of twelve meters');
    const exit = await first.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(performance.now() - signalledAt).toBeLessThan(EXIT_DEADLINE_MS);
    expect(first.logs.map((line) => line.msg)).toEqual(
      expect.arrayContaining([expect.stringMatching(/briefing is still being posted/), 'stopped']),
    );
    // SQLite removes its write-ahead log when the last connection closes cleanly.
    expect(existsSync(path.join(root, 'data', 'sitrep.db-wal'))).toBe(false);

    const second = start();
    await second.waitForLog((line) => line.msg === 'interrupted digest run was posted; recorded as sent');
    expect(slackApi.callsOf('chat.postMessage').filter(isBriefing)).toHaveLength(1);
    second.signal('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    const store = new SqliteStore(path.join(root, 'data', 'sitrep.db'));
    expect(store.getRun(runKey)).toMatchObject({ status: 'sent', attempts: 1 });
    store.close();
  }, 60_000);
});
