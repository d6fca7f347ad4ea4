import type { Platform } from '../src/bot/request.ts';
import { systemClock } from '../src/clock.ts';
import type { Config } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { composerFor } from '../src/runtime/digest-control.ts';
import { openCore } from '../src/runtime/open-core.ts';
import { createDigestScheduler } from '../src/scheduler/scheduler.ts';
import type { FindDelivery, ScheduledDeliver } from '../src/scheduler/types.ts';
import { runConsole } from './console/main.ts';
import { render } from './console/render.ts';
import { routeDeliveries, routeLookups } from './deliver-router.ts';
import { startDiscord } from './discord/main.ts';
import { startSlack } from './slack/main.ts';

/**
 * `npm start`: Slack and/or Discord when their tokens are set, else the console chat. On a TTY,
 * or with a platform, the knowledge dir is watched, feeds are polled and briefings scheduled;
 * piped console input is answered line by line and the process exits at end of input.
 */
export async function startSitrep(config: Config): Promise<void> {
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  const clock = systemClock;
  const core = await openCore(config, { clock, logger });
  const interactive = process.stdin.isTTY === true;
  const usesPlatform = Boolean(config.slack || config.discord);
  if (!usesPlatform && !interactive) {
    await runConsole({ bot: core.bot, interactive: false });
    await core.close();
    return;
  }

  const adapters: Partial<Record<Platform, ScheduledDeliver>> = {};
  const lookups: Partial<Record<Platform, FindDelivery>> = {};
  const stops: Array<() => Promise<void> | void> = [];
  if (config.slack) {
    const slack = await startSlack({ bot: core.bot, logger, ...config.slack });
    adapters.slack = slack.deliver;
    lookups.slack = slack.findDelivery;
    stops.push(slack.stop);
    logger.info({ mode: config.slack.appToken ? 'socket' : 'http' }, 'Slack adapter running');
  }
  if (config.discord) {
    const discord = await startDiscord({ bot: core.bot, logger, ...config.discord });
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

  const shutdown = async () => {
    scheduler.stop();
    for (const stop of stops) await stop();
    await core.close();
  };
  if (usesPlatform) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void shutdown().then(() => process.exit(0)));
    }
    return;
  }
  await runConsole({ bot: core.bot, interactive: true });
  await shutdown();
}
