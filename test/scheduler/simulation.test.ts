import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { occurrenceOn } from '../../src/scheduler/next-run.ts';
import { addDays, localDay } from '../../src/scheduler/zoned-time.ts';
import type { DigestRun } from '../../src/store/sitrep-store.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { channelKey, type Subscription, scheduledRunKey } from '../../src/subscriptions/subscription.ts';
import { articleIdsOf } from './support/fake-knowledge.ts';
import type { Post } from './support/fake-platform.ts';
import {
  GRACE_MS,
  SIM_END,
  SIM_START,
  type SimulationRecord,
  simulateMonth,
  ZONES,
} from './support/simulation.ts';

/** What one channel saw, read back after the month from the platform and the database. */
interface ChannelView {
  subscription: Subscription;
  /** Run key → when the briefing was due, for every scheduled local day in the month. */
  days: Map<string, Date>;
  runs: DigestRun[];
  postsByKey: Map<string, Post[]>;
  received: string[];
}

let sim: SimulationRecord;
let channels: ChannelView[] = [];
const timing = { wallMs: 0, cpuMs: 0 };
const totals = {
  digests: 0,
  notices: 0,
  quietDays: 0,
  onTime: 0,
  late: 0,
  maxLateMin: 0,
  missing: 0,
  repeated: 0,
};

beforeAll(async () => {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  // SITREP_SIM_SEED replays the month with other random choices.
  sim = await simulateMonth({ seed: Number(process.env.SITREP_SIM_SEED ?? 20261003) });
  const cpu = process.cpuUsage(cpuBefore);
  timing.wallMs = performance.now() - started;
  timing.cpuMs = (cpu.user + cpu.system) / 1000;
  const store = new SqliteStore(sim.path);
  channels = sim.subscriptions.map((subscription) => viewOf(subscription, store));
  store.close();
});

afterAll(() => {
  if (sim) rmSync(dirname(dirname(sim.path)), { recursive: true, force: true });
  if (channels.length > 0) console.log(report());
});

describe('a 30-day simulation: 20 channels, 6 zones, 10 restarts, 3 crashes mid-delivery', () => {
  test('every channel has exactly one sent run per scheduled local day, and no other', () => {
    for (const { days, runs } of channels) {
      expect(runs.map((run) => run.key)).toEqual([...days.keys()]);
      expect(runs.filter((run) => run.status !== 'sent')).toEqual([]);
    }
    expect(channels.reduce((sum, channel) => sum + channel.days.size, 0)).toBeGreaterThan(500);
  });

  test('each day has one post (none on a quiet empty day), at the scheduled local time unless disrupted', () => {
    for (const { subscription, days, runs, postsByKey } of channels) {
      for (const run of runs) {
        const posts = postsByKey.get(run.key) ?? [];
        const expectPost = !(subscription.quietWhenEmpty && run.articleIds.length === 0);
        expect(posts.length, run.key).toBe(expectPost ? 1 : 0);
        if (posts[0]) checkTiming(subscription, run, posts[0], days.get(run.key)!);
        else totals.quietDays++;
      }
      expect([...postsByKey.keys()].every((key) => days.has(key))).toBe(true);
    }
    expect(totals.onTime).toBeGreaterThan(totals.late);
  });

  test('windows chain end to start, and each first window starts 24 hours before the first attempt', () => {
    for (const { runs } of channels) {
      const first = runs[0]!;
      // Exactly 24 h; a retry after a 503 extends the first window to the retry.
      const span = Date.parse(first.window.until) - Date.parse(first.window.since);
      expect(span).toBeGreaterThanOrEqual(24 * 3_600_000);
      if (!sim.transientKeys.has(first.key)) expect(span).toBe(24 * 3_600_000);
      for (const [index, run] of runs.slice(1).entries())
        expect(run.window.since).toBe(runs[index]!.window.until);
    }
  });

  test('every article of the covered period reaches each channel (for its topics) exactly once', () => {
    for (const { subscription, runs, received } of channels) {
      const once = new Set(received);
      const expected = sim.knowledge
        .inWindow(
          new Date(runs[0]!.window.since),
          new Date(runs.at(-1)!.window.until),
          subscription.topics.length > 0 ? subscription.topics : undefined,
        )
        .map((article) => article.id);
      totals.repeated += received.length - once.size;
      totals.missing += expected.filter((id) => !once.has(id)).length;
      expect(received.length).toBe(once.size);
      expect([...once].sort()).toEqual(expected.sort());
    }
  });

  test('DST days: a repeated local time posts once at its first occurrence, a skipped one after the gap', () => {
    const [newYork, brussels, sydney] = sim.subscriptions;
    for (const [subscription, day, instant] of [
      [newYork!, '2026-11-01', '2026-11-01T05:30:00.000Z'], // 01:30 EDT, not 01:30 EST
      [brussels!, '2026-10-25', '2026-10-25T00:30:00.000Z'], // 02:30 CEST, not 02:30 CET
      [sydney!, '2026-10-04', '2026-10-03T16:00:00.000Z'], // 03:00 AEDT for 02:30
    ] as const) {
      const key = scheduledRunKey(subscription.channel, day);
      const scheduledAt = channels.find((c) => c.subscription === subscription)!.days.get(key);
      expect(scheduledAt?.toISOString()).toBe(instant);
      const posts = sim.platform.posts.filter((post) => post.key === key);
      expect(posts).toHaveLength(1);
      if (!wasDisrupted(key, scheduledAt!)) expect(posts[0]!.at.toISOString()).toBe(instant);
    }
  });

  test('the faults really happened: 10 restarts, crashes after and before the post, fast enough', () => {
    const kinds = sim.interruptions.map((interruption) => interruption.kind);
    expect(kinds.filter((kind) => kind === 'restart')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'crash-after-post')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'crash-before-post')).toHaveLength(1);
    expect(sim.recoveries).toEqual({ confirmed: 2, retry: 1 });
    // CPU rather than wall time: the suite shares two cores with other test files.
    expect(timing.cpuMs).toBeLessThan(10_000);
  });
});

function viewOf(subscription: Subscription, store: SqliteStore): ChannelView {
  const key = channelKey(subscription.channel);
  const posts = sim.platform.posts.filter((post) => post.channel === key);
  const postsByKey = new Map<string, Post[]>();
  for (const post of posts) postsByKey.set(post.key, [...(postsByKey.get(post.key) ?? []), post]);
  const runs = store
    .latestRuns(subscription.channel, 1_000)
    .filter((run) => run.trigger === 'schedule')
    .sort((a, b) => a.localDay.localeCompare(b.localDay));
  return {
    subscription,
    days: expectedDays(subscription),
    runs,
    postsByKey,
    received: posts.flatMap((post) => articleIdsOf(post.reply)),
  };
}

/** Every scheduled local day whose briefing falls inside the simulated month. */
function expectedDays(subscription: Subscription): Map<string, Date> {
  const days = new Map<string, Date>();
  const last = localDay(new Date(SIM_END), subscription.timezone);
  for (let day = localDay(new Date(SIM_START), subscription.timezone); day <= last; day = addDays(day, 1)) {
    const occurrence = occurrenceOn(subscription, day);
    if (occurrence && occurrence.at.getTime() >= SIM_START && occurrence.at.getTime() < SIM_END) {
      days.set(scheduledRunKey(subscription.channel, day), occurrence.at);
    }
  }
  return days;
}

/**
 * On time: the wall clock in the channel's zone (read with Intl, independently of the
 * scheduler) shows the schedule's time, or 03:00 after Sydney's gap. Late: only when the bot
 * was down, crashed or got a 503 at the scheduled moment, and within the grace period.
 */
function checkTiming(subscription: Subscription, run: DigestRun, post: Post, scheduledAt: Date): void {
  if (run.articleIds.length > 0) totals.digests++;
  else totals.notices++;
  const lateness = post.at.getTime() - scheduledAt.getTime();
  if (lateness === 0) {
    totals.onTime++;
    const wall = post.at.toLocaleString('sv-SE', { timeZone: subscription.timezone }).slice(0, 16);
    // Sydney's clocks jump from 02:00 to 03:00 on 4 October: times in between post at 03:00.
    const inGap =
      subscription.timezone === 'Australia/Sydney' &&
      run.localDay === '2026-10-04' &&
      subscription.time.startsWith('02:');
    expect(wall).toBe(`${run.localDay} ${inGap ? '03:00' : subscription.time}`);
    return;
  }
  totals.late++;
  totals.maxLateMin = Math.max(totals.maxLateMin, lateness / 60_000);
  expect(lateness).toBeGreaterThan(0);
  expect(lateness).toBeLessThanOrEqual(GRACE_MS);
  expect(wasDisrupted(run.key, scheduledAt), `${run.key} was late without a cause`).toBe(true);
}

/** The bot was down, crashed in this delivery, or got a 503 for it. */
function wasDisrupted(key: string, scheduledAt: Date): boolean {
  const at = scheduledAt.getTime();
  return (
    sim.crashKeys.has(key) ||
    sim.transientKeys.has(key) ||
    sim.interruptions.some((interruption) => interruption.from <= at && at < interruption.to)
  );
}

function report(): string {
  const count = (kind: string) => sim.interruptions.filter((i) => i.kind === kind).length;
  const expected = channels.reduce((sum, channel) => sum + channel.days.size, 0);
  const deliveries = channels.reduce((sum, channel) => sum + channel.received.length, 0);
  return [
    `30-day simulation ${new Date(SIM_START).toISOString()} → ${new Date(SIM_END).toISOString()}`,
    `  subscriptions: ${sim.subscriptions.length} in ${ZONES.length} zones (${ZONES.join(', ')})`,
    `  ticks: ${sim.ticks} (one a minute while up); process starts: ${sim.processStarts} (${count('restart')} restarts, crashes: ${count('crash-after-post')} after the post, ${count('crash-before-post')} before)`,
    `  scheduled channel-days: ${expected}; sent: ${totals.digests} digests + ${totals.notices} "nothing new" + ${totals.quietDays} quiet days without a post`,
    `  posts: ${sim.platform.posts.length} (${totals.onTime} at the scheduled minute, ${totals.late} late after downtime, a crash or a 503; latest ${totals.maxLateMin} min)`,
    `  delivery attempts: ${sim.platform.attempts.length}; transient 503s injected: ${sim.transientKeys.size}`,
    `  articles: ${sim.knowledge.articles.length} arrived; ${deliveries} article deliveries; missing ${totals.missing}, repeated ${totals.repeated}`,
    `  interrupted runs resolved after restart: ${JSON.stringify(sim.recoveries)} (confirmed: found on the platform, not re-posted; retry: not found, posted once)`,
    '  DST: New York 01:30 on 1 Nov posted once (05:30Z); Brussels 02:30 on 25 Oct once (00:30Z); Sydney 02:30 on 4 Oct at 03:00 AEDT',
    `  simulation time: ${Math.round(timing.wallMs)} ms wall clock, ${Math.round(timing.cpuMs)} ms CPU`,
  ].join('\n');
}
