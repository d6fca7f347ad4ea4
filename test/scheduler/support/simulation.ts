import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelRef } from '../../../src/bot/request.ts';
import { silentLogger } from '../../../src/logger.ts';
import { createDigestScheduler, type DigestScheduler } from '../../../src/scheduler/scheduler.ts';
import { SqliteStore } from '../../../src/store/sqlite-store.ts';
import type { Subscription } from '../../../src/subscriptions/subscription.ts';
import { FakeKnowledge } from './fake-knowledge.ts';
import { FakePlatform, type Fault } from './fake-platform.ts';
import { pick, seededRandom } from './random.ts';
import { HOUR, MINUTE } from './test-scheduler.ts';

export const SIM_START = Date.parse('2026-10-03T12:00:00Z');
export const SIM_DAYS = 30;
export const SIM_END = SIM_START + SIM_DAYS * 24 * HOUR;
export const GRACE_MS = 6 * HOUR;
export const ZONES = [
  'America/New_York',
  'Europe/Brussels',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Los_Angeles',
  'UTC',
];
const TOPICS = ['space', 'army', 'navy', 'cyber', 'logistics'];

/** Schedules chosen to land on the DST changes inside the simulated month. */
const DST_EDGES: Array<Pick<Subscription, 'time' | 'timezone'>> = [
  { time: '01:30', timezone: 'America/New_York' }, // repeated on 1 November
  { time: '02:30', timezone: 'Europe/Brussels' }, // repeated on 25 October
  { time: '02:30', timezone: 'Australia/Sydney' }, // skipped on 4 October
];

export interface Interruption {
  kind: 'restart' | 'crash-after-post' | 'crash-before-post';
  /** No tick ran in `[from, to)`. */
  from: number;
  to: number;
}

export interface SimulationRecord {
  path: string;
  subscriptions: Subscription[];
  knowledge: FakeKnowledge;
  platform: FakePlatform;
  interruptions: Interruption[];
  transientKeys: Set<string>;
  crashKeys: Set<string>;
  ticks: number;
  processStarts: number;
  /** How the runs interrupted by crashes were resolved after restart, by outcome. */
  recoveries: Record<string, number>;
}

/**
 * A month of daily briefings on a fake clock: subscriptions in six zones, articles arriving at
 * random, `restarts` process restarts (new scheduler over the same SQLite file, after up to
 * 5 h down), `crashes` crashes inside delivery (the connection closes as the process would
 * die; alternately after the platform posted and before), and occasional transient 503s.
 */
export async function simulateMonth({
  seed = 20261003,
  restarts = 10,
  crashes = 3,
} = {}): Promise<SimulationRecord> {
  return new MonthSimulation(seededRandom(seed), restarts, crashes).run();
}

class MonthSimulation {
  private now = SIM_START;
  private readonly clock = { now: () => new Date(this.now) };
  private readonly record: SimulationRecord;
  private readonly restartTimes: number[];
  /** Delivery attempt numbers at which to crash (after the post, before, alternately). */
  private readonly crashAttempts: number[];
  private crashesDone = 0;
  private startedAt = SIM_START;
  private store: SqliteStore | undefined;
  private scheduler: DigestScheduler | undefined;
  private crashed: Fault | undefined;

  constructor(
    private readonly random: () => number,
    restarts: number,
    crashes: number,
  ) {
    const knowledge = new FakeKnowledge();
    addArticles(knowledge, random);
    this.record = {
      path: join(mkdtempSync(join(tmpdir(), 'sitrep-sim-')), 'data', 'sitrep.db'),
      subscriptions: makeSubscriptions(random),
      knowledge,
      platform: new FakePlatform(this.clock.now),
      ...{ interruptions: [], transientKeys: new Set(), crashKeys: new Set(), recoveries: {} },
      ...{ ticks: 0, processStarts: 0 },
    };
    // One restart in each tenth of the month, at least 12 h apart.
    const slot = (SIM_END - 30 * HOUR - (SIM_START + 12 * HOUR)) / restarts;
    this.restartTimes = Array.from({ length: restarts }, (_, index) =>
      randomMinute(random, SIM_START + 12 * HOUR + index * slot, SIM_START + (index + 1) * slot),
    );
    this.crashAttempts = Array.from({ length: crashes }, () => 30 + Math.floor(random() * 370)).sort(
      (a, b) => a - b,
    );
    this.record.platform.chooseFault = (_channel, key) => this.chooseFault(key);
    this.record.platform.onCrash = () => this.store?.close();
  }

  async run(): Promise<SimulationRecord> {
    let downUntil = 0;
    for (this.now = SIM_START; this.now < SIM_END; this.now += MINUTE) {
      if (this.now < downUntil) continue;
      this.scheduler ??= this.open();
      if (this.restartTimes.length > 0 && this.restartTimes[0]! <= this.now && this.upLongEnough()) {
        this.restartTimes.shift();
        downUntil = this.stop('restart', randomMinute(this.random, MINUTE, 5 * HOUR));
        continue;
      }
      await this.tick();
      if (this.crashed) {
        downUntil = this.stop(
          this.crashed as Interruption['kind'],
          randomMinute(this.random, MINUTE, 3 * HOUR),
        );
        this.crashed = undefined;
      }
    }
    this.store?.close();
    return this.record;
  }

  private async tick(): Promise<void> {
    this.record.ticks++;
    const { recovered } = await this.scheduler!.runDue(new Date(this.now));
    for (const outcome of recovered.values()) {
      this.record.recoveries[outcome] = (this.record.recoveries[outcome] ?? 0) + 1;
    }
  }

  /**
   * Two interruptions in a row would make one outage longer than the grace period, and the
   * missed briefings would then rightly wait for the next day: so a planned restart or crash
   * waits until the process has been up for the grace period.
   */
  private upLongEnough(): boolean {
    return this.now - this.startedAt >= GRACE_MS;
  }

  /** Crashes at the planned attempts (or the first after); otherwise 1.5 % of attempts get a 503. */
  private chooseFault(key: string): Fault | undefined {
    const planned = this.crashAttempts[0];
    if (planned !== undefined && this.record.platform.attempts.length >= planned && this.upLongEnough()) {
      this.crashAttempts.shift();
      const crash: Fault = this.crashesDone++ % 2 === 0 ? 'crash-after-post' : 'crash-before-post';
      this.crashed = crash;
      this.record.crashKeys.add(key);
      return crash;
    }
    if (this.random() < 0.015) {
      this.record.transientKeys.add(key);
      return 'transient';
    }
    return undefined;
  }

  /** A process start: a new connection and a new scheduler with empty memory. */
  private open(): DigestScheduler {
    const { platform, knowledge, subscriptions, path } = this.record;
    this.store = new SqliteStore(path, { durability: 'normal' });
    this.startedAt = this.now;
    if (this.record.processStarts++ === 0) for (const s of subscriptions) this.store.saveSubscription(s);
    return createDigestScheduler({
      store: this.store,
      compose: knowledge.compose,
      deliver: platform.deliver,
      findDelivery: platform.findDelivery,
      logger: silentLogger,
      clock: this.clock,
      graceMs: GRACE_MS,
    });
  }

  /** The process stops now (no tick at this minute) and starts again after `downtime`. */
  private stop(kind: Interruption['kind'], downtime: number): number {
    this.store?.close();
    this.store = undefined;
    this.scheduler = undefined;
    this.record.interruptions.push({ kind, from: this.now, to: this.now + downtime });
    return this.now + downtime;
  }
}

function makeSubscriptions(random: () => number): Subscription[] {
  return Array.from({ length: 20 }, (_, index) => {
    const edge = DST_EDGES[index];
    const channel: ChannelRef =
      index % 2 === 0
        ? { platform: 'slack', id: `C${1000 + index}` }
        : { platform: 'discord', id: `${900_000 + index}` };
    const topics = random() < 0.3 ? [...new Set([pick(random, TOPICS), pick(random, TOPICS)])] : [];
    const hour = String(Math.floor(random() * 24)).padStart(2, '0');
    const minute = pick(random, ['00', '15', '30', '45', '07', '59']);
    return {
      channel,
      time: edge?.time ?? `${hour}:${minute}`,
      timezone: edge?.timezone ?? ZONES[index % ZONES.length]!,
      topics: edge ? [] : topics,
      weekdaysOnly: !edge && random() < 0.25,
      quietWhenEmpty: !edge && random() < 0.25,
      enabled: true,
      createdAt: new Date(SIM_START).toISOString(),
      updatedAt: new Date(SIM_START).toISOString(),
    };
  });
}

/** A weekend without news, so some windows are empty ("nothing new" lines, quiet days). */
const NEWS_GAP = [Date.parse('2026-10-17T00:00:00Z'), Date.parse('2026-10-19T06:00:00Z')] as const;

/** About one article every 40 minutes, from two days before the month starts. */
function addArticles(knowledge: FakeKnowledge, random: () => number): void {
  const from = SIM_START - 48 * HOUR;
  const count = Math.round((SIM_END - from) / (40 * MINUTE));
  const times = Array.from({ length: count }, () => from + Math.floor(random() * (SIM_END - from)))
    .filter((time) => time < NEWS_GAP[0] || time >= NEWS_GAP[1])
    .sort((a, b) => a - b);
  times.forEach((time, index) => {
    knowledge.add(`art-${String(index).padStart(4, '0')}`, pick(random, TOPICS), new Date(time));
  });
}

function randomMinute(random: () => number, min: number, max: number): number {
  return min + Math.floor((random() * (max - min)) / MINUTE) * MINUTE;
}
