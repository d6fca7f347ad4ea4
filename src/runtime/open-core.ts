import { withAnswerQueue } from '../bot/answer-queue.ts';
import type { Bot } from '../bot/bot.ts';
import { createBot } from '../bot/create-bot.ts';
import { withRateLimits } from '../bot/rate-limited-bot.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { createFeedbackService } from '../feedback/feedback-service.ts';
import { fetchPolicy } from '../fetch/fetch-policy.ts';
import { openKnowledgeBase } from '../knowledge-base/open-knowledge-base.ts';
import type { Logger } from '../logger.ts';
import { SqliteStore } from '../store/sqlite-store.ts';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { createDigestControl } from './digest-control.ts';
import { createFeedService, type FeedService } from './feed-service.ts';
import { createUrlImporter } from './import-url.ts';

export type LiveKnowledge = Awaited<ReturnType<typeof openKnowledgeBase>>;

/** The platform-neutral core, opened over the configured knowledge and data directories. */
export interface Core {
  knowledge: LiveKnowledge;
  store: SqliteStore;
  bot: Bot;
  digests: ReturnType<typeof createDigestControl>;
  feeds: FeedService;
  close(): Promise<void>;
}

export interface CoreOptions {
  clock: Clock;
  logger: Logger;
  /** Hears `(done, total)` as the first load reads each knowledge file. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Opens state, knowledge and the bot. Background work (watching, polling, schedules) starts
 * elsewhere. Holds `config.dataDir` for this process until `close()`.
 * @throws DataDirLockedError when another Sitrep process uses the same data directory.
 */
export async function openCore(config: Config, { clock, logger, onProgress }: CoreOptions): Promise<Core> {
  // Taken first: a second process stops here, before it reads or writes anything in data/.
  const lock = lockDataDir(config.dataDir);
  try {
    return await openLocked(config, { clock, logger, onProgress }, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openLocked(
  config: Config,
  { clock, logger, onProgress }: CoreOptions,
  lock: DataDirLock,
): Promise<Core> {
  const store = new SqliteStore(config.databasePath);
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
    onNewArticles: async () => {
      await knowledge.refresh();
    },
  });
  const digests = createDigestControl({ store, knowledge, clock, config });
  const importUrl = createUrlImporter({
    store,
    knowledge,
    clock,
    refresh: () => knowledge.refresh(),
    policy: fetchPolicy(config.fetch),
    sharing: config.summarize,
  });
  const feedback = createFeedbackService({ store, retentionDays: config.feedbackRetentionDays });
  // Rate limits refuse first (cheaply); what passes waits its turn in the answer queue.
  const bot = withRateLimits(
    withAnswerQueue(
      createBot({
        services: { knowledge, feeds: feeds.health, digests, importUrl, feedback },
        clock,
        logger,
      }),
    ),
    config.rateLimits,
    clock,
  );
  return {
    knowledge,
    store,
    bot,
    digests,
    feeds,
    async close() {
      feeds.stop();
      knowledge.stop?.();
      store.close();
      lock.release();
    },
  };
}
