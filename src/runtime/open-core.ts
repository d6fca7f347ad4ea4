import { withAnswerQueue } from '../bot/answer-queue.ts';
import type { Bot } from '../bot/bot.ts';
import { createBot } from '../bot/create-bot.ts';
import { withRateLimits } from '../bot/rate-limited-bot.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { createFeedbackService, type FeedbackService } from '../feedback/feedback-service.ts';
import { fetchPolicy } from '../fetch/fetch-policy.ts';
import { openKnowledgeBase } from '../knowledge-base/open-knowledge-base.ts';
import type { Logger } from '../logger.ts';
import { instrumentBot } from '../metrics/instrument-bot.ts';
import type { SitrepMetrics } from '../metrics/metrics.ts';
import type { FeedbackStore } from '../store/feedback-store.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';
import type { SitrepStore } from '../store/sitrep-store.ts';
import { createGapsControl } from '../subscriptions/gaps-control.ts';
import { syncArticles } from './article-sync.ts';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { createDigestControl } from './digest-control.ts';
import { createFeedService, type FeedService } from './feed-service.ts';
import { createUrlImporter } from './import-url.ts';
import { openStore } from './open-store.ts';

export type LiveKnowledge = Awaited<ReturnType<typeof openKnowledgeBase>>;

/** The platform-neutral core, opened over the configured knowledge and data directories. */
export interface Core {
  knowledge: LiveKnowledge;
  store: SitrepStore & FeedbackStore;
  bot: Bot;
  digests: ReturnType<typeof createDigestControl>;
  /** Answers, refusals and votes; the scheduler composes the weekly gaps posts from it. */
  feedback: FeedbackService;
  feeds: FeedService;
  close(): Promise<void>;
}

export interface CoreOptions {
  clock: Clock;
  logger: Logger;
  /** Hears `(done, total)` as the first load reads each knowledge file. */
  onProgress?: (done: number, total: number) => void;
  /** Called when a replica must stop (its PostgreSQL connection is gone); default process.exit. */
  exit?: (code: number) => void;
  /** Counts commands, feed polls and the index size when given. */
  metrics?: SitrepMetrics;
}

/**
 * Opens state, knowledge and the bot. Background work (watching, polling, schedules) starts
 * elsewhere. Holds `config.dataDir` for this process until `close()` (each replica has its own).
 * @throws DataDirLockedError when another Sitrep process uses the same data directory.
 */
export async function openCore(config: Config, options: CoreOptions): Promise<Core> {
  // Taken first: a second process stops here, before it reads or writes anything in data/.
  const lock = lockDataDir(config.dataDir);
  try {
    return await openLocked(config, options, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openLocked(
  config: Config,
  { clock, logger, onProgress, metrics, exit = (code) => process.exit(code) }: CoreOptions,
  lock: DataDirLock,
): Promise<Core> {
  const store = openStore(config, logger, exit);
  const knowledge = await openKnowledgeBase({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    logger,
    clock,
    seen: store,
    extraArticles: () => store.listFeedItems().map((item) => item.article),
    onProgress,
  });
  const feeds = createFeedService({
    knowledgeDir: config.knowledgeDir,
    store,
    clock,
    logger,
    intervalMinutes: config.feedPollMinutes,
    policy: fetchPolicy(config.fetch),
    // Replicas: only the holder of the feed-poller lock polls; another takes over when it dies.
    mayPoll: isPostgres(store) ? () => store.tryFeedPollerLock() : undefined,
    onPolled: (results) => {
      for (const result of results) metrics?.feedPolls.inc({ result: result.status });
    },
    onNewArticles: async () => {
      await knowledge.refresh();
    },
  });
  const articleSync = isPostgres(store)
    ? syncArticles({ source: store, refresh: () => knowledge.refresh(), logger })
    : undefined;
  const digests = createDigestControl({ store, knowledge, clock, config });
  const importUrl = createUrlImporter({
    store,
    knowledge,
    clock,
    refresh: () => knowledge.refresh(),
    policy: fetchPolicy(config.fetch),
    sharing: config.summarize,
  });
  const feedback = createFeedbackService({
    store,
    retentionDays: config.feedbackRetentionDays,
    onRecordFailure: (error) =>
      logger.warn({ err: error }, 'could not record a question for feedback; answered it anyway'),
  });
  const plainBot = createBot({
    services: {
      knowledge,
      feeds: feeds.health,
      digests,
      importUrl,
      feedback,
      gapsSchedule: createGapsControl({ store, defaultTimezone: config.digest.timezone }),
    },
    clock,
    logger,
  });
  // Rate limits refuse first (cheaply); what passes waits its turn in the answer queue.
  const bot = withRateLimits(
    withAnswerQueue(metrics ? instrumentBot(plainBot, metrics, clock) : plainBot),
    config.rateLimits,
    clock,
  );
  return {
    knowledge,
    store,
    bot,
    digests,
    feedback,
    feeds,
    async close() {
      feeds.stop();
      articleSync?.stop();
      knowledge.stop?.();
      store.close();
      lock.release();
    },
  };
}

function isPostgres(store: SitrepStore): store is PostgresStore {
  return store.shared && 'tryFeedPollerLock' in store;
}
