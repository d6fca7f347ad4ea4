import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bot } from '../../src/bot/bot.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { ChannelRef, CommandRequest, Platform, UserRef } from '../../src/bot/request.ts';
import { type Clock, fixedClock } from '../../src/clock.ts';
import type { DigestControl } from '../../src/commands/services.ts';
import { composeDigest, listTopics } from '../../src/digest/compose-digest.ts';
import { createFeedbackService, type FeedbackService } from '../../src/feedback/feedback-service.ts';
import type { Article } from '../../src/knowledge/article.ts';
import { parseKnowledgeFile } from '../../src/knowledge/parse-file.ts';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.ts';
import { createMemoryKnowledgeBase } from '../../src/knowledge-base/memory-knowledge-base.ts';
import { silentLogger } from '../../src/logger.ts';
import type { FeedHealth, Reply } from '../../src/replies/reply.ts';
import { MemoryFeedbackStore } from '../../src/store/memory-feedback-store.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { createDigestControl } from '../../src/subscriptions/digest-control.ts';
import { createGapsControl } from '../../src/subscriptions/gaps-control.ts';

/** The clock every test bot runs on: the day after the seed article and the fixtures were published. */
export const TEST_NOW = '2024-05-07T12:00:00Z';
export const SEED_ID = '000_7d9d51401f966fbd';

const SEED_FILE = `knowledge/${SEED_ID}.txt`;
const FIXTURE_DIR = 'test/fixtures/bot';

/** The seed article plus the small fixture articles written for the bot tests. */
export function testArticles(): Article[] {
  const files = [
    { rel: `${SEED_ID}.txt`, path: SEED_FILE },
    ...readdirSync(FIXTURE_DIR).map((name) => ({ rel: name, path: join(FIXTURE_DIR, name) })),
  ];
  return files.flatMap(({ rel, path }) => parseKnowledgeFile(rel, readFileSync(path)).articles);
}

export interface TestBotOptions {
  now?: string;
  /**
   * The real subscription services (daily briefings, weekly gaps posts) over `store` (no
   * scheduler: `digest now` answers in place).
   */
  schedules?: boolean;
  digests?: DigestControl;
  feeds?: FeedHealth[];
  articles?: Article[];
  /** Records answers and votes in `feedbackStore` (kept `retentionDays`, default 90). */
  feedback?: boolean | { retentionDays: number };
  /** Where `say` comes from (default the console): replies spell commands for it. */
  platform?: Platform;
}

export interface TestBot extends Bot {
  knowledge: KnowledgeBase;
  /** Where subscriptions and runs are kept: a scheduler over it posts what the bot set up. */
  store: MemoryStore;
  feedbackStore: MemoryFeedbackStore;
  /** The feedback service, when `feedback` is on: a scheduler composes weekly gaps posts from it. */
  feedbackService?: FeedbackService;
  /** Sends typed text the way a user would, from the console channel. */
  say(text: string, user?: Partial<UserRef>): Promise<Reply>;
}

/** The real core (commands, answering, quotes, digests) over fixture articles on a fixed clock. */
export function createTestBot({
  now = TEST_NOW,
  schedules = false,
  digests,
  feeds = [],
  articles = testArticles(),
  feedback = false,
  platform = 'console',
}: TestBotOptions = {}): TestBot {
  const clock = fixedClock(now);
  const knowledge = createMemoryKnowledgeBase(articles, { clock });
  const store = new MemoryStore();
  if (schedules) digests = scheduleControl(knowledge, clock, store);
  const feedbackStore = new MemoryFeedbackStore();
  const retentionDays = typeof feedback === 'object' ? feedback.retentionDays : 90;
  const feedbackService = feedback
    ? createFeedbackService({ store: feedbackStore, retentionDays })
    : undefined;
  const bot = createBot({
    services: {
      knowledge,
      feeds: () => feeds,
      digests,
      ...(feedbackService ? { feedback: feedbackService } : {}),
      ...(schedules ? { gapsSchedule: createGapsControl({ store, defaultTimezone: 'UTC', clock }) } : {}),
    },
    clock,
    logger: silentLogger,
  });
  const channel: ChannelRef = { platform, id: 'test' };
  return {
    ...bot,
    knowledge,
    store,
    feedbackStore,
    feedbackService,
    say(text, user) {
      const request: CommandRequest = {
        ...bot.parseText(text),
        channel,
        user: { id: 'tester', canManageChannel: true, ...user },
      };
      return bot.handle(request);
    },
  };
}

function scheduleControl(knowledge: KnowledgeBase, clock: Clock, store: MemoryStore): DigestControl {
  return createDigestControl({
    store,
    compose: (window) => composeDigest(knowledge, window),
    defaultTimezone: 'UTC',
    knownTopics: () => listTopics(knowledge),
    clock,
  });
}
