import { drainable } from '../src/bot/draining-bot.ts';
import type { Platform } from '../src/bot/request.ts';
import { systemClock } from '../src/clock.ts';
import type { Config } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { composerFor } from '../src/runtime/digest-control.ts';
import { openCore } from '../src/runtime/open-core.ts';
import { createDigestScheduler } from '../src/scheduler/scheduler.ts';
import type { FindDelivery, ScheduledDeliver } from '../src/scheduler/types.ts';
import { secretsOf } from '../src/secrets.ts';
import { runConsole } from './console/main.ts';
import { render } from './console/render.ts';
import { routeDeliveries, routeLookups } from './deliver-router.ts';
import { startDiscord } from './discord/main.ts';
import { startSlack } from './slack/main.ts';
import { stopGracefully } from './stop-gracefully.ts';

/**
 * `npm start`: Slack and/or Discord when their tokens are set, else the console chat. On a TTY,
 * or with a platform, the knowledge dir is watched, feeds are polled and briefings scheduled;
 * piped console input is answered line by line and the process exits at end of input.
 */
export async function startSitrep(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, { secrets: secretsOf(config) });
  const clock = systemClock;
  const core = await openCore(config, { clock, logger });
  const interactive = process.stdin.isTTY === true;
  const usesPlatform = Boolean(config.slack || config.discord);
  if (!usesPlatform && !interactive) {
    await runConsole({ bot: core.bot, interactive: false });
    await core.close();
    return;
  }

  // Counts requests in flight, so a shutdown can let them finish before the platforms close.
  const bot = drainable(core.bot);
  const adapters: Partial<Record<Platform, ScheduledDeliver>> = {};
  const lookups: Partial<Record<Platform, FindDelivery>> = {};
  const stops: Array<() => Promise<void> | void> = [];
  if (config.slack) {
    const slack = await startSlack({ bot, logger, ...config.slack });
    adapters.slack = slack.deliver;
    lookups.slack = slack.findDelivery;
    stops.push(slack.stop);
    logger.info({ mode: config.slack.appToken ? 'socket' : 'http' }, 'Slack adapter running');
  }
  if (config.discord) {
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

  const scheduler = createDigestScheduler({
    store: core.store,
    compose: composerFor(core.knowledge),
    deliver: routeDeliveries(adapters),
    findDelivery: routeLookups(lookups),
    logger,
    clock,
    graceMs: config.digest.graceHours * 3_600_000,
  });
  core.digests.attach(scheduler);
  scheduler.start();
  core.knowledge.watch();
  void core.feeds.start();

  const shutdown = () => stopGracefully({ bot, scheduler, stops, closeCore: () => core.close(), logger });
  if (usesPlatform) {
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        // A second signal while stopping means "now".
        if (stopping) process.exit(1);
        stopping = true;
        logger.info({ signal }, 'stopping: finishing replies in flight, then closing');
        void shutdown().then(
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
  await runConsole({ bot, interactive: true });
  await shutdown();
}
