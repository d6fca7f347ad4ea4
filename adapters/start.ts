import { drainable } from '../src/bot/draining-bot.ts';
import type { Platform } from '../src/bot/request.ts';
import { type Clock, systemClock } from '../src/clock.ts';
import type { Config } from '../src/config.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import { type HttpRoute, healthRoutes } from '../src/metrics/health.ts';
import { serveRoutes } from '../src/metrics/http-server.ts';
import { createMetrics, type SitrepMetrics } from '../src/metrics/metrics.ts';
import { composerFor } from '../src/runtime/digest-control.ts';
import { type Core, openCore } from '../src/runtime/open-core.ts';
import { createDigestScheduler, type DigestScheduler } from '../src/scheduler/scheduler.ts';
import type { FindDelivery, ScheduledDeliver } from '../src/scheduler/types.ts';
import { secretsOf } from '../src/secrets.ts';
import { runConsole } from './console/main.ts';
import { render } from './console/render.ts';
import { routeDeliveries, routeLookups } from './deliver-router.ts';
import { logUncaughtFailures } from './process-failures.ts';
import { startSlack } from './slack/main.ts';
import { stopGracefully } from './stop-gracefully.ts';

/**
 * `npm start`: Slack and/or Discord when their tokens are set, else the console chat. On a TTY,
 * or with a platform, the knowledge dir is watched, feeds are polled and briefings scheduled;
 * piped console input is answered line by line and the process exits at end of input.
 */
export async function startSitrep(config: Config): Promise<void> {
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat,
    secrets: secretsOf(config),
  });
  const interactive = process.stdin.isTTY === true;
  const usesPlatform = Boolean(config.slack || config.discord);
  if (!usesPlatform && !interactive) {
    const core = await openCore(config, { clock: systemClock, logger });
    await runConsole({ bot: core.bot, interactive: false });
    await core.close();
    return;
  }
  logUncaughtFailures(process, logger, (code) => process.exit(code));
  const running = await startServices(config, { clock: systemClock, logger, background: true });
  if (usesPlatform) {
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        // A second signal while stopping means "now".
        if (stopping) process.exit(1);
        stopping = true;
        logger.info({ signal }, 'stopping: finishing replies in flight, then closing');
        void running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'could not stop cleanly');
            process.exit(1);
          },
        );
      });
    }
    return;
  }
  await runConsole({ bot: running.bot, interactive: true });
  await running.stop();
}

export interface StartOptions {
  clock: Clock;
  logger: Logger;
  /**
   * True: the cron trigger, the knowledge watcher and the feed timer run (production). False:
   * nothing runs by itself; the caller drives `scheduler.runDue(now)` and `core.feeds.pollNow()`
   * (simulations with an injected clock).
   */
  background: boolean;
  /** Where a replica that lost its database goes (default process.exit). */
  exit?: (code: number) => void;
}

export interface RunningSitrep {
  core: Core;
  /** The core's bot, counting requests in flight so a stop lets them finish. */
  bot: ReturnType<typeof drainable>;
  scheduler: DigestScheduler;
  metrics: SitrepMetrics;
  /** The port /healthz and /metrics answer on (the Slack HTTP receiver's, or PORT). */
  httpPort?: number;
  stop(): Promise<void>;
}

/**
 * Opens the core and starts the platforms, the scheduler, feeds, and /healthz + /metrics on the
 * HTTP port: next to /slack/events when Slack runs its HTTP receiver, else on PORT by
 * themselves (started before the index loads, so /healthz says "loading" meanwhile).
 */
export async function startServices(config: Config, options: StartOptions): Promise<RunningSitrep> {
  const { clock, logger } = options;
  let core: Core | undefined;
  const metrics = createMetrics({ indexSize: () => core?.knowledge.articles().length ?? 0 });
  const routes = healthRoutes(
    {
      indexLoaded: () => core !== undefined,
      storeReachable: () => (core ? (core.store.ping?.() ?? true) : false),
      get replica() {
        return core?.store.replicaId;
      },
    },
    metrics,
  );
  const slackHttp = config.slack && !config.slack.appToken;
  const usesPlatform = Boolean(config.slack || config.discord);
  const ownServer = usesPlatform && !slackHttp ? await serveRoutes(routes, config.httpPort) : undefined;
  core = await openCore(config, { clock, logger, metrics, exit: options.exit });
  const opened = core;
  // Counts requests in flight, so a shutdown can let them finish before the platforms close.
  const bot = drainable(opened.bot);

  const adapters: Partial<Record<Platform, ScheduledDeliver>> = {};
  const lookups: Partial<Record<Platform, FindDelivery>> = {};
  const stops: Array<(graceMs: number) => Promise<void> | void> = [];
  let httpPort = ownServer?.port;
  if (config.slack) {
    const slack = await startSlack({
      bot,
      logger,
      ...config.slack,
      eventKeys: { add: (key) => opened.store.recordEventKey(key, clock.now().toISOString()) },
      httpRoutes: routes satisfies HttpRoute[],
    });
    adapters.slack = slack.deliver;
    lookups.slack = slack.findDelivery;
    stops.push(slack.stop);
    httpPort ??= slack.port;
    logger.info({ mode: config.slack.appToken ? 'socket' : 'http' }, 'Slack adapter running');
  }
  if (config.discord) {
    // Loaded only when used: discord.js is a large import, and replicas restart often.
    const { startDiscord } = await import('./discord/main.ts');
    const discord = await startDiscord({ bot, logger, ...config.discord });
    adapters.discord = discord.deliver;
    lookups.discord = discord.findDelivery;
    stops.push(discord.stop);
    logger.info('Discord adapter running');
  }
  if (!usesPlatform) {
    adapters.console = async (_channel, reply) => {
      process.stdout.write(`\n${render(reply, { color: true })}\n`);
      return { messageIds: [] };
    };
  }

  const deliver = routeDeliveries(adapters);
  const scheduler = createDigestScheduler({
    store: opened.store,
    compose: composerFor(opened.knowledge),
    composeGaps: (channel, window) => opened.feedback.weeklyGaps(channel, window),
    deliver: async (channel, reply, meta) => {
      const receipt = await deliver(channel, reply, meta);
      metrics.briefingsPosted.inc({ trigger: triggerOf(meta.idempotencyKey) });
      return receipt;
    },
    findDelivery: routeLookups(lookups),
    logger,
    clock,
    graceMs: config.digest.graceHours * 3_600_000,
  });
  opened.digests.attach(scheduler);
  if (options.background) {
    scheduler.start();
    opened.knowledge.watch();
    void opened.feeds.start();
  }

  return {
    core: opened,
    bot,
    scheduler,
    metrics,
    httpPort,
    async stop() {
      await stopGracefully({
        bot,
        scheduler,
        stops,
        closeCore: async () => {
          await ownServer?.close();
          await opened.close();
        },
        logger,
        graceMs: config.stopGraceSeconds * 1000,
      });
    },
  };
}

/** The metrics label of a scheduled post, read from its idempotency key. */
function triggerOf(idempotencyKey: string): 'manual' | 'gaps' | 'schedule' {
  if (idempotencyKey.includes(':now:')) return 'manual';
  return idempotencyKey.includes(':gaps:') ? 'gaps' : 'schedule';
}
