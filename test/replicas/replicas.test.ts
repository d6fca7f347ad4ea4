import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { occurrenceOn } from '../../src/scheduler/next-run.ts';
import { addDays, localDay } from '../../src/scheduler/zoned-time.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { type Subscription, scheduledRunKey } from '../../src/subscriptions/subscription.ts';
import { BOT_ID, BOT_USER_ID, FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';
import { mentionEnvelope, postSigned, SIGNING_SECRET } from '../fakes/slack/payloads.ts';
import { describePostgres, dropSchemas, freshSchemaName } from '../support/postgres.ts';
import { SEED_ID } from '../support/test-bot.ts';
import { GrowingFeed } from './feed-server.ts';
import { ReplicaProcess } from './replica-process.ts';

/**
 * Three replica processes on one PostgreSQL schema and one fake Slack, 20 channels across six
 * time zones (two DST changes inside the window), 14 simulated days driven tick by tick with an
 * injected clock. Replicas are killed with SIGKILL between claim and post, between post and
 * confirmation, and in the middle of ticks, and restarted. Every channel-day must be posted
 * exactly once, and the feed polled once per interval.
 */
// `npm run bench:replicas` runs this file longer and with more kills through these two variables.
const DAYS = Number(process.env.REPLICA_SIM_DAYS || 14);
const KILLS = Number(process.env.REPLICA_SIM_KILLS || 3);
const START = new Date('2026-03-23T00:00:00.000Z');
const END = new Date(START.getTime() + DAYS * 86_400_000);
const ZONES = [
  'America/New_York',
  'Europe/Brussels',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Asia/Kathmandu',
  'America/Los_Angeles',
];
const TIMES = ['07:00', '08:30', '09:15'];
const POLL_HOURS = 12;

describePostgres('Several replicas on one PostgreSQL', (url) => {
  const schema = freshSchemaName('sitrep_replicas');
  let knowledgeDir = '';
  let dataRoot = '';
  let slack: FakeSlackApi;
  let feed: GrowingFeed;
  const replicas = new Map<string, ReplicaProcess>();
  const byToken = new Map<string, ReplicaProcess>();
  const tokenOf = (name: string, launch: number) => `xoxb-${name}-${launch}`;
  const ready = new Set<string>();
  const ports = new Map<string, number>();
  let restarts = 0;

  const subscriptions: Subscription[] = Array.from({ length: 20 }, (_, i) => ({
    channel: { platform: 'slack', id: `C${String(i + 1).padStart(2, '0')}`, workspaceId: 'T0TEAM' },
    time: TIMES[i % 3]!,
    timezone: ZONES[i % 6]!,
    topics: [],
    weekdaysOnly: i % 7 === 0,
    quietWhenEmpty: false,
    enabled: true,
    createdAt: new Date(START.getTime() - 86_400_000).toISOString(),
    updatedAt: START.toISOString(),
  }));

  const launch = (name: string, at: Date) => {
    const replica = new ReplicaProcess(
      name,
      {
        DATABASE_URL: url,
        DATABASE_SCHEMA: schema,
        KNOWLEDGE_DIR: knowledgeDir,
        DATA_DIR: join(dataRoot, `${name}-${restarts}`),
        // One token per launch: a post still in flight from a killed launch names that launch.
        SLACK_BOT_TOKEN: tokenOf(name, restarts),
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        // Warnings and errors only, kept in memory: they explain a replica that dies unexpectedly.
        LOG_LEVEL: 'warn',
        FEED_POLL_MINUTES: String(POLL_HOURS * 60),
        // The test feed is served on 127.0.0.1, which links may reach only when allowed.
        FETCH_ALLOW_HOSTS: '127.0.0.1/32',
        // Every replica answers the fake Slack's requests without a per-user limit.
        RATE_LIMIT_USER_PER_MINUTE: '0',
        RATE_LIMIT_CHANNEL_PER_MINUTE: '0',
      },
      at,
    );
    replicas.set(name, replica);
    byToken.set(tokenOf(name, restarts), replica);
    ready.delete(name);
    void replica.ready.then(
      (port) => {
        if (replicas.get(name) !== replica) return;
        ready.add(name);
        ports.set(name, port);
      },
      () => {},
    );
    return replica;
  };

  /** The launch a Web API call came from, by its bot token: never a later launch of the same name. */
  const replicaOf = (token: string | undefined) => (token ? byToken.get(token) : undefined);

  /** Armed by the driver: the next briefing post kills the replica sending it, before or after posting. */
  let crash: 'before-post' | 'after-post' | undefined;
  const crashes = { beforePost: 0, afterPost: 0, midTick: 0 };
  let nextTs = 1_800_000_000;

  beforeAll(async () => {
    knowledgeDir = mkdtempSync(join(tmpdir(), 'sitrep-replicas-knowledge-'));
    dataRoot = mkdtempSync(join(tmpdir(), 'sitrep-replicas-data-'));
    slack = await FakeSlackApi.start();
    feed = await GrowingFeed.start();
    copyFileSync(`knowledge/${SEED_ID}.txt`, join(knowledgeDir, `${SEED_ID}.txt`));
    writeFileSync(join(knowledgeDir, 'feeds.txt'), `${feed.url}\n`);
    slack.answer('chat.postMessage', (call) => {
      const channel = String(call.params['channel']);
      const metadata = call.params['metadata'] as { event_type: string; event_payload: object } | undefined;
      // Only a live launch the test has not killed can be the one the armed crash kills: under load a
      // killed launch's post can arrive late, and it must neither use up the crash nor kill the
      // launch that replaced it.
      const sender = replicaOf(call.token);
      const mode = metadata && sender?.isAlive && !sender.killedByTest ? crash : undefined;
      if (mode) crash = undefined;
      if (mode === 'before-post') {
        sender?.kill();
        crashes.beforePost++;
        return { status: 500, body: { ok: false, error: 'internal_error' } };
      }
      const ts = `${nextTs++}.000100`;
      slack.history.append(channel, {
        type: 'message',
        ts,
        text: String(call.params['text'] ?? ''),
        user: BOT_USER_ID,
        bot_id: BOT_ID,
        ...(call.params['thread_ts'] ? { thread_ts: String(call.params['thread_ts']) } : {}),
        ...(metadata ? { metadata: metadata as never } : {}),
      });
      if (mode === 'after-post') {
        sender?.kill();
        crashes.afterPost++;
      }
      return { body: { ok: true, channel, ts, message: { text: call.params['text'] } } };
    });
    const setup = new PostgresStore({ connectionString: url, schema });
    for (const subscription of subscriptions) setup.saveSubscription(subscription);
    setup.close();
  });

  afterAll(async () => {
    for (const replica of replicas.values()) replica.kill();
    await Promise.all([...replicas.values()].map((replica) => replica.exited));
    await slack?.close();
    await feed?.close();
    await dropSchemas(url, [schema]);
    if (knowledgeDir) rmSync(knowledgeDir, { recursive: true, force: true });
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
  });

  test('two replicas starting at once on an empty database: migrations applied once, both healthy', {
    timeout: 90_000,
  }, async () => {
    const [a, b] = [launch('r1', START), launch('r2', START)];
    const [portA, portB] = await Promise.all([a.ready, b.ready]);
    for (const port of [portA, portB]) {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', index: 'loaded', store: 'reachable' });
    }
    const check = new PostgresStore({ connectionString: url, schema });
    try {
      expect(check.ping()).toBe(true);
      // A third connection on the same schema: the migrations table holds each version once.
      const versions = await versionsOf(url, schema);
      expect(versions).toEqual(POSTGRES_MIGRATIONS.map((migration) => migration.version));
    } finally {
      check.close();
    }
  });

  test(`${DAYS} days, SIGKILLs included: every channel-day posted exactly once, the feed polled once per interval`, {
    timeout: 120_000 + DAYS * 10_000 + KILLS * 20_000,
  }, async () => {
    launch('r3', START);
    await vi.waitFor(() => expect(ready.size).toBe(3), { timeout: 60_000, interval: 50 });
    const random = mulberry32(13);
    const timeline = buildTimeline(subscriptions);
    const kills = killPlan(timeline.length, KILLS, random);
    const planned = { beforePost: 0, afterPost: 0, midTick: 0 };
    for (const { mode } of kills)
      planned[mode === 'before-post' ? 'beforePost' : mode === 'after-post' ? 'afterPost' : 'midTick']++;
    const pollsPerInterval: number[] = [];
    const deaths: string[] = [];
    for (const [index, event] of timeline.entries()) {
      const live = [...ready].map((name) => replicas.get(name)!);
      if (event.kind === 'poll') {
        feed.publish();
        const before = feed.polls;
        const answers = await Promise.all(
          live.map((replica) => replica.send(`poll ${event.at.toISOString()}`)),
        );
        expect(answers, stderrOf(live)).toEqual(live.map(() => 'ok poll'));
        pollsPerInterval.push(feed.polls - before);
        continue;
      }
      // A kill waits for its tick, for two replicas to be up, and for the previous crash to fire.
      const kill =
        live.length >= 2 && !crash && kills[0] && kills[0].at <= index ? kills.shift()?.mode : undefined;
      if (kill === 'before-post' || kill === 'after-post') crash = kill;
      const answers = live.map((replica) => replica.send(`tick ${event.at.toISOString()}`));
      if (kill === 'mid-tick') {
        const victim = live[Math.floor(random() * live.length)]!;
        setImmediate(() => victim.kill());
        crashes.midTick++;
      }
      const lines = await Promise.all(answers);
      for (const [i, line] of lines.entries()) {
        const replica = live[i]!;
        if (line !== 'died') expect(line, stderrOf([replica])).toMatch(/^ok tick/);
        // A replica the test killed may have answered its tick before the signal landed. It is gone
        // all the same: wait for it to exit, so that the next poll neither asks it nor finds the
        // feed-poller lock still held by its connection, then launch it again.
        if (line === 'died' || replica.killedByTest) {
          if (!replica.killedByTest) deaths.push(`${replica.name}: ${replica.stderr.join('').slice(-2_000)}`);
          await replica.exited;
          restarts++;
          launch(replica.name, event.at);
        }
      }
    }
    expect({ armed: crash, left: kills }).toEqual({ armed: undefined, left: [] });
    expect(deaths).toEqual([]);

    const expected = expectedKeys(subscriptions);
    const posted = new Map<string, number>();
    for (const subscription of subscriptions) {
      for (const message of slack.history.of(subscription.channel.id)) {
        const key = (message.metadata?.event_payload as { key?: string } | undefined)?.key;
        if (key) posted.set(key, (posted.get(key) ?? 0) + 1);
      }
    }
    const twice = [...posted].filter(([, count]) => count > 1).map(([key]) => key);
    const missed = [...expected].filter((key) => !posted.has(key));
    const unexpected = [...posted.keys()].filter((key) => !expected.has(key));
    expect({ twice, missed, unexpected }).toEqual({ twice: [], missed: [], unexpected: [] });
    expect(posted.size).toBe(expected.size);
    expect(crashes).toEqual(planned);
    expect(restarts).toBe(KILLS);

    const store = new PostgresStore({ connectionString: url, schema });
    try {
      const statuses = new Set([...expected].map((key) => store.getRun(key)?.status ?? 'missing'));
      expect(statuses).toEqual(new Set(['sent']));
    } finally {
      store.close();
    }
    expect(pollsPerInterval.length).toBe((DAYS * 24) / POLL_HOURS);
    expect(new Set(pollsPerInterval)).toEqual(new Set([1]));
    console.info(
      `replicas: ${expected.size} channel-days posted once; ${timeline.length} ticks; ` +
        `kills: ${crashes.beforePost} between claim and post, ${crashes.afterPost} between post and ` +
        `confirmation, ${crashes.midTick} mid-tick; ${restarts} restarts`,
    );
  });

  test('feed items stored by the polling replica reach every replica within seconds', {
    timeout: 90_000,
  }, async () => {
    await vi.waitFor(() => expect(ready.size).toBe(3), { timeout: 60_000, interval: 50 });
    feed.publish();
    const live = [...ready].map((name) => replicas.get(name)!);
    const polled = await Promise.all(live.map((replica) => replica.send(`poll ${END.toISOString()}`)));
    expect(polled, stderrOf(live)).toEqual(live.map(() => 'ok poll'));
    // The seed article and every item published so far, whatever the earlier tests got to.
    const expected = `ok articles ${1 + feed.published}`;
    await vi.waitFor(
      async () => {
        const seen = await Promise.all(live.map((replica) => replica.send('articles')));
        expect(seen).toEqual(live.map(() => expected));
      },
      { timeout: 10_000, interval: 100 },
    );
  });

  test('a retried Slack event that lands on another replica is answered once', {
    timeout: 90_000,
  }, async () => {
    await vi.waitFor(() => expect(ready.size).toBe(3), { timeout: 60_000, interval: 50 });
    const [first, second] = [...ready].map((name) => `http://127.0.0.1:${ports.get(name)}`);
    const ts = '1815000000.000100';
    const question = mentionEnvelope({ text: `<@${BOT_USER_ID}> what is new?`, eventId: 'EvRetry1', ts });
    const send = (appUrl: string, body: object, headers: Record<string, string> = {}) =>
      postSigned(appUrl, JSON.stringify(body), { contentType: 'application/json', headers });
    expect((await send(first!, question)).status).toBe(200);
    await slack.waitFor('chat.postMessage', (call) => call.params['thread_ts'] === ts);
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await send(second!, question, retry)).status).toBe(200);
    // A fresh event after the retry on the same replica: once it is answered, the retry was handled.
    const marker = '1815000000.000200';
    await send(second!, mentionEnvelope({ text: `<@${BOT_USER_ID}> help`, eventId: 'EvRetry2', ts: marker }));
    await slack.waitFor('chat.postMessage', (call) => call.params['thread_ts'] === marker);
    expect(slack.callsOf('chat.postMessage').filter((call) => call.params['thread_ts'] === ts)).toHaveLength(
      1,
    );
  });

  test('/healthz and /metrics answer with the documented content', { timeout: 90_000 }, async () => {
    await vi.waitFor(() => expect(ready.size).toBe(3), { timeout: 60_000, interval: 50 });
    const port = ports.get([...ready][0]!)!;
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.headers.get('content-type')).toMatch(/application\/json/);
    expect(await health.json()).toEqual({
      status: 'ok',
      index: 'loaded',
      store: 'reachable',
      replica: expect.any(Number),
    });
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    for (const name of [
      'sitrep_commands_total',
      'sitrep_command_duration_seconds_bucket',
      'sitrep_briefings_posted_total',
      'sitrep_feed_polls_total',
      'sitrep_index_articles',
    ]) {
      expect(text).toContain(`# TYPE ${name.replace(/_bucket$/, '')}`);
    }
    expect(text).toMatch(/^sitrep_index_articles \d+$/m);
  });
});

/** The end of each replica's warnings and errors: why a replica answered as it did. */
function stderrOf(replicas: ReplicaProcess[]): string {
  return replicas.map((replica) => `${replica.name}: ${replica.stderr.join('').slice(-2_000)}`).join('\n');
}

/**
 * Where replicas die: a briefing post that kills its sender before it reaches Slack, one that
 * kills it after Slack has it but before the store hears, and a kill at a random moment of a
 * tick, each at a random tick of its own part of the timeline, the first two repeated when no
 * briefing was posted at that tick (the crash stays armed until one is).
 */
function killPlan(
  ticks: number,
  count: number,
  random: () => number,
): Array<{ at: number; mode: 'before-post' | 'after-post' | 'mid-tick' }> {
  const cycle = ['before-post', 'mid-tick', 'after-post', 'before-post'] as const;
  const modes = Array.from({ length: count }, (_, i) => cycle[i % cycle.length]!);
  const part = Math.floor(ticks / (modes.length + 1));
  return modes.map((mode, i) => ({ at: part * (i + 1) + Math.floor(random() * (part / 2)), mode }));
}

type TimelineEvent = { kind: 'tick' | 'poll'; at: Date };

/** A tick at each briefing time, and 3 and 10 minutes after (recovery, retries); a poll every POLL_HOURS. */
function buildTimeline(subscriptions: Subscription[]): TimelineEvent[] {
  const ticks = new Set<number>();
  for (const { at } of occurrences(subscriptions)) {
    for (const offset of [0, 3, 10]) ticks.add(at.getTime() + offset * 60_000);
  }
  const events: TimelineEvent[] = [...ticks].map((time) => ({ kind: 'tick', at: new Date(time) }));
  for (let time = START.getTime(); time < END.getTime(); time += POLL_HOURS * 3_600_000) {
    events.push({ kind: 'poll', at: new Date(time + 1) });
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function occurrences(subscriptions: Subscription[]): Array<{ key: string; at: Date }> {
  const found: Array<{ key: string; at: Date }> = [];
  for (const subscription of subscriptions) {
    const first = localDay(START, subscription.timezone);
    for (let day = first; ; day = addDays(day, 1)) {
      const occurrence = occurrenceOn(subscription, day);
      if (occurrence && occurrence.at >= END) break;
      if (!occurrence || occurrence.at < START) {
        if (day > localDay(END, subscription.timezone)) break;
        continue;
      }
      found.push({ key: scheduledRunKey(subscription.channel, day), at: occurrence.at });
    }
  }
  return found;
}

function expectedKeys(subscriptions: Subscription[]): Set<string> {
  return new Set(occurrences(subscriptions).map((occurrence) => occurrence.key));
}

async function versionsOf(url: string, schema: string): Promise<number[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    return result.rows.map((row) => Number(row.version));
  } finally {
    await client.end();
  }
}

/** A small seeded generator, so a failing run can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
